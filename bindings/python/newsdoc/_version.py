"""The binding's version: that of the libnewsdoc release it is written for
(bindings/python/test.sh checks it against CMakeLists.txt)."""

__version__ = "1.0.0"
