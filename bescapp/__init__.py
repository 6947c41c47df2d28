"""bescapp: plenary preparation for a bilateral executive steering committee."""

__version__ = "0.1.0"
APP_NAME = "bescapp"
ORGANIZATION = "bescapp"
