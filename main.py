"""Run bescapp from a checkout: `python main.py --help`."""

from bescapp.cli import run

if __name__ == "__main__":
    raise SystemExit(run())
