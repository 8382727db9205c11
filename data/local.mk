# The sample images (made by tools/mksamples.py; tests/integration/samples.sh
# checks that this list is what it makes) go into MAGDevice0 under their
# FileNameSyntax-4 paths, where `dgate -r` indexes them, next to the empty
# dbase/ directory that holds the SQLite index. The log directory is made
# here too.
sample_files = \
	data/samples/0009703828/2.25.231349434051610363843673575479079928757_0001_000001_12675701250000.dcm \
	data/samples/0009703828/2.25.231349434051610363843673575479079928757_0001_000002_12675701250001.dcm \
	data/samples/0009703828/2.25.231349434051610363843673575479079928757_0001_000003_12675701250002.dcm \
	data/samples/0009703828/2.25.231349434051610363843673575479079928757_0001_000004_12675701250003.dcm \
	data/samples/PHANTOM-MR1/2.25.335666102440191994054369660000309609137_0001_000001_12675701250004.dcm \
	data/samples/PHANTOM-MR1/2.25.335666102440191994054369660000309609137_0001_000002_12675701250005.dcm \
	data/samples/PHANTOM-MR1/2.25.335666102440191994054369660000309609137_0001_000003_12675701250006.dcm \
	data/samples/PHANTOM-MR1/2.25.335666102440191994054369660000309609137_0001_000004_12675701250007.dcm \
	data/samples/PHANTOM-MR1/2.25.151309659286288905683423153002605500963_0002_000001_12675701250008.dcm
EXTRA_DIST += $(sample_files) tests/integration/samples.sh
TESTS += tests/integration/samples.sh

# incoming/ is Conquest's drop folder (its install script makes it too):
# while it exists the server imports the files put there.
install-data-dirs:
	$(MKDIR_P) '$(DESTDIR)$(magdir)/dbase' '$(DESTDIR)$(magdir)/incoming' '$(DESTDIR)$(pkglogdir)'

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

# The web interface (issue 13): plain files the web server serves from
# WebRoot, which the installed dicom.ini sets to this directory. Its tests
# drive Debian's chromium (playwright-core) and the npm dicomweb-client
# from tests/web (`npm ci --prefix tests/web`); they skip without them.
webuidir = $(pkgdatadir)/web
dist_webui_DATA = data/web/index.html data/web/app.js data/web/style.css
web_ui_tests = tests/integration/web_browser.sh tests/integration/web_dicomweb_client.sh
TESTS += $(web_ui_tests)
EXTRA_DIST += $(web_ui_tests) tests/integration/web_ui_corpus.py tests/integration/web_ui_lib.sh \
	tests/web/package.json tests/web/package-lock.json tests/web/browser.mjs tests/web/dicomweb_client.mjs
# dcmjs-dimse, from the same tests/web/node_modules, as a DIMSE client and
# C-MOVE destination; it skips without them.
TESTS += tests/integration/js_dimse_client.sh
EXTRA_DIST += tests/integration/js_dimse_client.sh tests/integration/js_dimse_corpus.py \
	tests/web/dimse_client.mjs
