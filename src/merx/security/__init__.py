"""Password hashing and random tokens as Magento does them."""
