"""The Qt (.qm) and gettext (.mo) catalogues, installed as the package
``bescapp.translations`` (setuptools maps this folder into the package: see pyproject.toml).
Read them through ``bescapp.package_files``."""
