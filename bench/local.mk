# Benchmarks (see bench/README).
