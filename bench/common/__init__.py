"""Shared pieces of the load and fault benchmarks (bench/load.py, bench/faults.py)."""
