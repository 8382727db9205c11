# The DICOM data layer: dictionary, datasets, encodings, Part-10 files.
libdgate_a_SOURCES += \
	src/dicom/vr.c src/dicom/vr.h \
	src/dicom/dict.c src/dicom/dict.h src/dicom/dict_table.h \
	src/dicom/ts.c src/dicom/ts.h \
	src/dicom/ident.h \
	src/dicom/dataset.c src/dicom/dataset.h src/dicom/ds_internal.h \
	src/dicom/codec.c src/dicom/codec.h \
	src/dicom/part10.c src/dicom/part10.h \
	src/dicom/dump.c src/dicom/dump.h

# The dictionary is compiled from etc/dgate.dic at build time (mkdict.sh).
nodist_libdgate_a_SOURCES = src/dicom/dict_table.c
CLEANFILES += src/dicom/dict_table.c
EXTRA_DIST += src/dicom/mkdict.sh
src/dicom/dict_table.c: $(srcdir)/etc/dgate.dic $(srcdir)/src/dicom/mkdict.sh
	$(AM_V_GEN)$(MKDIR_P) src/dicom && \
	$(SHELL) $(srcdir)/src/dicom/mkdict.sh $(srcdir)/etc/dgate.dic > $@.tmp && mv $@.tmp $@
