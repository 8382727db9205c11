# Benchmarks (see bench/README.md). `make bench` measures; it is not part of
# `make check` and always exits 0 when the measurement could be made.
EXTRA_DIST += bench/README.md bench/lib.sh bench/store.sh bench/regen.sh bench/images.sh bench/qr.sh bench/qr.py \
	bench/codec.sh bench/web.sh bench/web.py

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

# MB/s per codec, decode and encode, against dcmtk and gdcmconv (bench/codec.sh).
bench-codec: dgate$(EXEEXT)
	cd $(abs_top_builddir) && top_srcdir='$(abs_top_srcdir)' \
		DGATE='$(abs_top_builddir)/dgate$(EXEEXT)' bash '$(abs_top_srcdir)/bench/codec.sh'
bench: bench-codec
# DICOMweb (STOW-RS, WADO-RS, metadata, QIDO-RS on 100 000 studies) against
# Orthanc with its DICOMweb plugin (bench/web.sh). Not part of `make bench`:
# it needs Orthanc and builds Orthanc's index of 100 000 studies once (minutes).
bench-web: dgate$(EXEEXT)
	cd $(abs_top_builddir) && top_srcdir='$(abs_top_srcdir)' \
		DGATE='$(abs_top_builddir)/dgate$(EXEEXT)' \
		bash '$(abs_top_srcdir)/bench/web.sh'
.PHONY: bench bench-regen bench-qr bench-codec bench-web
