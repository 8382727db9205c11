# Configuration files. dicom.ini and acrnema.map get the configured paths;
# files an administrator edits are never overwritten by `make install`: the
# new version goes beside the edited one as <name>.dist.

config_templates = etc/dicom.ini etc/acrnema.map
config_plain = etc/dicom.sql etc/dgatesop.lst
EXTRA_DIST += etc/dicom.ini.in etc/acrnema.map.in $(config_plain) etc/dgate.dic
noinst_DATA = $(config_templates)
CLEANFILES += $(config_templates)

edit_paths = sed -e 's|@magdir[@]|$(magdir)|g' -e 's|@pkglogdir[@]|$(pkglogdir)|g' \
	-e 's|@pkgconfdir[@]|$(pkgconfdir)|g' -e 's|@webuidir[@]|$(webuidir)|g'

etc/dicom.ini: $(srcdir)/etc/dicom.ini.in Makefile
	$(AM_V_GEN)$(MKDIR_P) etc && $(edit_paths) $(srcdir)/etc/dicom.ini.in > $@.tmp && mv $@.tmp $@
etc/acrnema.map: $(srcdir)/etc/acrnema.map.in Makefile
	$(AM_V_GEN)$(MKDIR_P) etc && $(edit_paths) $(srcdir)/etc/acrnema.map.in > $@.tmp && mv $@.tmp $@

install-config: $(config_templates)
	$(MKDIR_P) '$(DESTDIR)$(pkgconfdir)'
	@for f in $(config_templates) $(config_plain); do \
	  if test -f "$$f"; then src="$$f"; else src="$(srcdir)/$$f"; fi; \
	  dst='$(DESTDIR)$(pkgconfdir)/'`basename $$f`; \
	  if test -f "$$dst" && ! cmp -s "$$src" "$$dst"; then \
	    echo "  keeping edited $$dst; the new version is $$dst.dist"; \
	    $(INSTALL_DATA) "$$src" "$$dst.dist" || exit 1; \
	  else \
	    $(INSTALL_DATA) "$$src" "$$dst" || exit 1; \
	  fi; \
	done
	$(INSTALL_DATA) $(srcdir)/etc/dgate.dic '$(DESTDIR)$(pkgconfdir)/dgate.dic'

uninstall-config:
	@for f in $(config_templates) $(config_plain); do \
	  if test -f "$$f"; then src="$$f"; else src="$(srcdir)/$$f"; fi; \
	  dst='$(DESTDIR)$(pkgconfdir)/'`basename $$f`; \
	  rm -f "$$dst.dist"; \
	  if cmp -s "$$src" "$$dst"; then rm -f "$$dst"; \
	  elif test -f "$$dst"; then echo "  keeping edited $$dst"; fi; \
	done
	rm -f '$(DESTDIR)$(pkgconfdir)/dgate.dic'

INSTALL_DATA_LOCAL += install-config
UNINSTALL_LOCAL += uninstall-config
