# src/net: the DICOM upper layer (PDUs, associations, DIMSE) and the
# dgatesop.lst parser.
libdgate_a_SOURCES += \
	src/net/pdu.c src/net/pdu.h \
	src/net/sop_list.c src/net/sop_list.h \
	src/net/assoc.c src/net/assoc.h \
	src/net/dimse.c src/net/dimse.h

if HAVE_CHECK
net_unit_tests = \
	tests/unit/check_pdu \
	tests/unit/check_assoc \
	tests/unit/check_dimse \
	tests/unit/check_requestor
check_PROGRAMS += $(net_unit_tests)
TESTS += $(net_unit_tests)
tests_unit_check_pdu_SOURCES = tests/unit/check_pdu.c
tests_unit_check_pdu_CFLAGS = $(UNIT_CFLAGS)
tests_unit_check_pdu_LDADD = $(UNIT_LDADD)
tests_unit_check_assoc_SOURCES = tests/unit/check_assoc.c
tests_unit_check_assoc_CFLAGS = $(UNIT_CFLAGS)
tests_unit_check_assoc_LDADD = $(UNIT_LDADD)
tests_unit_check_dimse_SOURCES = tests/unit/check_dimse.c
tests_unit_check_dimse_CFLAGS = $(UNIT_CFLAGS)
tests_unit_check_dimse_LDADD = $(UNIT_LDADD)
tests_unit_check_requestor_SOURCES = tests/unit/check_requestor.c \
	tests/unit/storescp_harness.c tests/unit/storescp_harness.h
tests_unit_check_requestor_CFLAGS = $(UNIT_CFLAGS)
tests_unit_check_requestor_LDADD = $(UNIT_LDADD)
endif

# libFuzzer target for the PDU decoders, negotiation and command sets.
if ENABLE_FUZZING
noinst_PROGRAMS += tests/fuzz/fuzz_pdu
tests_fuzz_fuzz_pdu_SOURCES = tests/fuzz/fuzz_pdu.c
tests_fuzz_fuzz_pdu_LDFLAGS = $(FUZZ_LDFLAGS)
tests_fuzz_fuzz_pdu_LDADD = $(DGATE_LIBS)
endif
EXTRA_DIST += \
	tests/fuzz/corpus/pdu/associate_rq tests/fuzz/corpus/pdu/pdata_echo \
	tests/fuzz/corpus/pdu/pdata_store tests/fuzz/corpus/pdu/reject \
	tests/fuzz/corpus/pdu/abort tests/fuzz/corpus/pdu/release_rq
