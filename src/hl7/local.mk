# src/hl7: HL7 v2 messages (a pure parser, like dicom/: no I/O, no index).
libdgate_a_SOURCES += src/hl7/hl7.c src/hl7/hl7.h

if HAVE_CHECK
check_PROGRAMS += tests/unit/check_hl7
TESTS += tests/unit/check_hl7
tests_unit_check_hl7_SOURCES = tests/unit/check_hl7.c
tests_unit_check_hl7_CFLAGS = $(UNIT_CFLAGS)
tests_unit_check_hl7_LDADD = $(UNIT_LDADD)
endif

if ENABLE_FUZZING
noinst_PROGRAMS += tests/fuzz/fuzz_hl7
tests_fuzz_fuzz_hl7_SOURCES = tests/fuzz/fuzz_hl7.c
tests_fuzz_fuzz_hl7_LDFLAGS = $(FUZZ_LDFLAGS)
tests_fuzz_fuzz_hl7_LDADD = $(DGATE_LIBS)
endif
EXTRA_DIST += tests/fuzz/corpus/hl7/orm tests/fuzz/corpus/hl7/mllp tests/fuzz/corpus/hl7/escapes
