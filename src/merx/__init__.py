"""merx: a commerce backend that speaks Magento 2.4's REST web API."""

__version__ = "0.1.0"
