# The sample images (made by tools/mksamples.sh) go into MAGDevice0 under
# their FileNameSyntax-4 paths, next to the empty dbase/ directory that holds
# the SQLite index. The log directory is made here too.
sample_files = \
	data/samples/SAMPLE001/2.25.190512334167890216493052816364287104961.1_0001_000001_12675701250001.dcm \
	data/samples/SAMPLE001/2.25.190512334167890216493052816364287104961.1_0001_000002_12675701250002.dcm \
	data/samples/SAMPLE001/2.25.190512334167890216493052816364287104961.1_0001_000003_12675701250003.dcm
EXTRA_DIST += $(sample_files)

install-data-dirs:
	$(MKDIR_P) '$(DESTDIR)$(magdir)/dbase' '$(DESTDIR)$(pkglogdir)'

install-samples: install-data-dirs
	@for f in $(sample_files); do \
	  rel=`echo "$$f" | sed 's|^data/samples/||'`; \
	  d='$(DESTDIR)$(magdir)/'`dirname "$$rel"`; \
	  $(MKDIR_P) "$$d" && $(INSTALL_DATA) "$(srcdir)/$$f" "$$d/" || exit 1; \
	done

uninstall-samples:
	@for f in $(sample_files); do \
	  rel=`echo "$$f" | sed 's|^data/samples/||'`; \
	  rm -f '$(DESTDIR)$(magdir)/'"$$rel"; \
	done

INSTALL_DATA_LOCAL += install-samples
UNINSTALL_LOCAL += uninstall-samples
