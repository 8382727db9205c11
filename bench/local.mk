# Benchmarks (see bench/README.md). `make bench` measures; it is not part of
# `make check` and always exits 0 when the measurement could be made.
EXTRA_DIST += bench/README.md bench/store.sh bench/regen.sh bench/images.sh bench/qr.sh bench/qr.py

bench: dgate$(EXEEXT)
	cd $(abs_top_builddir) && top_srcdir='$(abs_top_srcdir)' \
		DGATE='$(abs_top_builddir)/dgate$(EXEEXT)' TCP_NODELAY=1 \
		bash '$(abs_top_srcdir)/bench/store.sh'

# `dgate -r` files/s over 10 000 small files (bench/regen.sh).
bench-regen: dgate$(EXEEXT)
	cd $(abs_top_builddir) && top_srcdir='$(abs_top_srcdir)' \
		DGATE='$(abs_top_builddir)/dgate$(EXEEXT)' bash '$(abs_top_srcdir)/bench/regen.sh'
bench: bench-regen

# C-MOVE, C-GET against Orthanc and dcmqrscp; C-FIND on 100 000 studies
# (bench/qr.sh). Not part of `make bench`: it needs Orthanc and builds an
# index of 1 000 000 files (minutes).
bench-qr: dgate$(EXEEXT)
	cd $(abs_top_builddir) && top_srcdir='$(abs_top_srcdir)' \
		DGATE='$(abs_top_builddir)/dgate$(EXEEXT)' TCP_NODELAY=1 \
		bash '$(abs_top_srcdir)/bench/qr.sh'
.PHONY: bench bench-regen bench-qr

# The JPEG rows of the codec benchmark (bench/codec_jpeg.sh): our codecs
# (bench/codec_speed) against dcmcjpeg/dcmdjpeg and gdcmconv.
EXTRA_PROGRAMS += bench/codec_speed
bench_codec_speed_SOURCES = bench/codec_speed.c
bench_codec_speed_LDADD = $(DGATE_LIBS)
CLEANFILES += bench/codec_speed$(EXEEXT)
EXTRA_DIST += bench/codec_jpeg.sh
bench-codec-jpeg: bench/codec_speed$(EXEEXT)
	cd $(abs_top_builddir) && top_builddir='$(abs_top_builddir)' \
		bash '$(abs_top_srcdir)/bench/codec_jpeg.sh'
.PHONY: bench-codec-jpeg
