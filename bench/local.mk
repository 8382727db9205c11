# Benchmarks (see bench/README.md). `make bench` measures; it is not part of
# `make check` and always exits 0 when the measurement could be made.
EXTRA_DIST += bench/README.md bench/store.sh

bench: dgate$(EXEEXT)
	cd $(abs_top_builddir) && top_srcdir='$(abs_top_srcdir)' \
		DGATE='$(abs_top_builddir)/dgate$(EXEEXT)' TCP_NODELAY=1 \
		bash '$(abs_top_srcdir)/bench/store.sh'
.PHONY: bench
