"""Installing and upgrading a merx database (`setup:install`, `setup:upgrade`)."""
