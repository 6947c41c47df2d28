"""The Word template and the icons, installed as the package ``bescapp.resources``
(setuptools maps this folder into the package: see pyproject.toml). Read them through
``bescapp.package_files``."""
