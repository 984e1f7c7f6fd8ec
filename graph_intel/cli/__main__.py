"""python -m graph_intel.cli"""
from graph_intel.cli import main

main()
