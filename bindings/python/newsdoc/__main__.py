"""``python -m newsdoc FILE...``: see newsdoc._cli."""

from ._cli import run

if __name__ == "__main__":
    run()
