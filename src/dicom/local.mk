# The DICOM data layer: dictionary, datasets, encodings, Part-10 files.
libdgate_a_SOURCES += \
	src/dicom/vr.c src/dicom/vr.h \
	src/dicom/dict.c src/dicom/dict.h src/dicom/dict_table.h \
	src/dicom/ts.c src/dicom/ts.h \
	src/dicom/ident.h \
	src/dicom/dataset.c src/dicom/dataset.h src/dicom/ds_internal.h \
	src/dicom/encoding.c src/dicom/encoding.h \
	src/dicom/part10.c src/dicom/part10.h \
	src/dicom/dump.c src/dicom/dump.h

# The dictionary is compiled from etc/dgate.dic at build time (mkdict.sh).
nodist_libdgate_a_SOURCES = src/dicom/dict_table.c
CLEANFILES += src/dicom/dict_table.c
EXTRA_DIST += src/dicom/mkdict.sh
src/dicom/dict_table.c: $(srcdir)/etc/dgate.dic $(srcdir)/src/dicom/mkdict.sh
	$(AM_V_GEN)$(MKDIR_P) src/dicom && \
	$(SHELL) $(srcdir)/src/dicom/mkdict.sh $(srcdir)/etc/dgate.dic > $@.tmp && mv $@.tmp $@

# Character sets and UIDs (issue 3, items 5 and 6).
libdgate_a_SOURCES += \
	src/dicom/charset.c src/dicom/charset.h \
	src/dicom/uid.c src/dicom/uid.h

if HAVE_CHECK
check_PROGRAMS += tests/unit/check_charset tests/unit/check_uid
tests_unit_check_charset_SOURCES = tests/unit/check_charset.c
tests_unit_check_charset_CFLAGS = $(UNIT_CFLAGS)
tests_unit_check_charset_LDADD = $(UNIT_LDADD)
tests_unit_check_uid_SOURCES = tests/unit/check_uid.c
tests_unit_check_uid_CFLAGS = $(UNIT_CFLAGS)
tests_unit_check_uid_LDADD = $(UNIT_LDADD)
TESTS += tests/unit/check_charset tests/unit/check_uid
endif
# A converter for shell tests that compare our character sets with dcmtk's.
check_PROGRAMS += tests/tools/cs_conv
tests_tools_cs_conv_SOURCES = tests/tools/cs_conv.c
tests_tools_cs_conv_LDADD = $(DGATE_LIBS)
TESTS += tests/integration/dicom_charset.sh
EXTRA_DIST += tests/integration/dicom_charset.sh
if ENABLE_FUZZING
noinst_PROGRAMS += tests/fuzz/fuzz_charset
tests_fuzz_fuzz_charset_SOURCES = tests/fuzz/fuzz_charset.c
tests_fuzz_fuzz_charset_LDFLAGS = $(FUZZ_LDFLAGS)
tests_fuzz_fuzz_charset_LDADD = $(DGATE_LIBS)
endif
EXTRA_DIST += \
	tests/fuzz/corpus/charset/chinese tests/fuzz/corpus/charset/default \
	tests/fuzz/corpus/charset/gb18030 tests/fuzz/corpus/charset/japanese \
	tests/fuzz/corpus/charset/katakana tests/fuzz/corpus/charset/korean \
	tests/fuzz/corpus/charset/latin1 tests/fuzz/corpus/charset/mixed \
	tests/fuzz/corpus/charset/utf8

if HAVE_CHECK
check_PROGRAMS += tests/unit/check_dict tests/unit/check_dataset tests/unit/check_part10
tests_unit_check_dict_SOURCES = tests/unit/check_dict.c
tests_unit_check_dict_CFLAGS = $(UNIT_CFLAGS)
tests_unit_check_dict_LDADD = $(UNIT_LDADD)
tests_unit_check_dataset_SOURCES = tests/unit/check_dataset.c
tests_unit_check_dataset_CFLAGS = $(UNIT_CFLAGS)
tests_unit_check_dataset_LDADD = $(UNIT_LDADD)
tests_unit_check_part10_SOURCES = tests/unit/check_part10.c
tests_unit_check_part10_CFLAGS = $(UNIT_CFLAGS)
tests_unit_check_part10_LDADD = $(UNIT_LDADD)
TESTS += tests/unit/check_dict tests/unit/check_dataset tests/unit/check_part10
endif

# libFuzzer targets for the dataset decoder and the Part-10 reader.
if ENABLE_FUZZING
noinst_PROGRAMS += tests/fuzz/fuzz_dataset tests/fuzz/fuzz_part10
tests_fuzz_fuzz_dataset_SOURCES = tests/fuzz/fuzz_dataset.c
tests_fuzz_fuzz_dataset_LDFLAGS = $(FUZZ_LDFLAGS)
tests_fuzz_fuzz_dataset_LDADD = $(DGATE_LIBS)
tests_fuzz_fuzz_part10_SOURCES = tests/fuzz/fuzz_part10.c
tests_fuzz_fuzz_part10_LDFLAGS = $(FUZZ_LDFLAGS)
tests_fuzz_fuzz_part10_LDADD = $(DGATE_LIBS)
endif
EXTRA_DIST += \
	tests/fuzz/corpus/dataset/implicit_le tests/fuzz/corpus/dataset/explicit_le \
	tests/fuzz/corpus/dataset/explicit_be tests/fuzz/corpus/dataset/deflated_le \
	tests/fuzz/corpus/dataset/rle_encapsulated \
	tests/fuzz/corpus/part10/implicit_le.dcm tests/fuzz/corpus/part10/explicit_le.dcm \
	tests/fuzz/corpus/part10/explicit_be.dcm tests/fuzz/corpus/part10/deflated_le.dcm \
	tests/fuzz/corpus/part10/rle_encapsulated.dcm tests/fuzz/corpus/part10/conquest_v2.v2

# Our reader against dcmtk's: a corpus made by dcmtk in every encoding,
# dumped by both, and round trips through our writer.
check_PROGRAMS += tests/tools/dicom_rewrite
tests_tools_dicom_rewrite_SOURCES = tests/tools/dicom_rewrite.c
tests_tools_dicom_rewrite_LDADD = $(DGATE_LIBS)
TESTS += tests/integration/dicom_corpus.sh tests/integration/dicom_hostile.sh
EXTRA_DIST += tests/integration/dicom_corpus.sh tests/integration/dicom_hostile.sh
