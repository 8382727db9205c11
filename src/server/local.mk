# src/server: DIMSE admission, the per-association session and the DIMSE
# services, one file each, listed in services.c.
libdgate_a_SOURCES += \
	src/server/server.c src/server/server.h \
	src/server/session.c src/server/session.h \
	src/server/service.h src/server/services.c \
	src/server/echo.c \
	src/server/store.c \
	src/server/find.c src/server/find.h \
	src/server/worklist.c \
	src/server/suboperations.c src/server/suboperations.h \
	src/server/move.c \
	src/server/get.c

server_integration_tests = \
	tests/integration/aeskulap_gui.sh \
	tests/integration/aeskulap_workflow.sh \
	tests/integration/conquest_index.sh \
	tests/integration/fault_kill9.sh \
	tests/integration/find_backends.sh \
	tests/integration/find_conquest.sh \
	tests/integration/find_corpus.sh \
	tests/integration/find_stream.sh \
	tests/integration/get_hostile.sh \
	tests/integration/get_levels.sh \
	tests/integration/kpacs_workflow.sh \
	tests/integration/mito_workflow.sh \
	tests/integration/orthanc_client.sh \
	tests/integration/pynetdicom_habits.sh \
	tests/integration/move_backends.sh \
	tests/integration/move_failures.sh \
	tests/integration/move_hostile.sh \
	tests/integration/move_levels.sh \
	tests/integration/move_syntaxes.sh \
	tests/integration/move_compression.sh \
	tests/integration/move_transcode.sh \
	tests/integration/move_jpegls.sh \
	tests/integration/store_compression.sh \
	tests/integration/net_bind.sh \
	tests/integration/net_echo.sh \
	tests/integration/net_hostile.sh \
	tests/integration/store_basic.sh \
	tests/integration/store_big.sh \
	tests/integration/store_full.sh \
	tests/integration/store_mags.sh \
	tests/integration/store_parallel.sh \
	tests/integration/store_refusals.sh \
	tests/integration/store_syntaxes.sh \
	tests/integration/worklist.sh \
	tests/integration/worklist_backends.sh
TESTS += $(server_integration_tests)
EXTRA_DIST += $(server_integration_tests) tests/integration/dicom_raw.py \
	tests/integration/aeskulap_corpus.py tests/integration/aeskulap_lib.sh \
	tests/integration/store_ledger.py tests/integration/find_lib.py \
	tests/integration/retrieve_raw.py tests/integration/retrieve_lib.sh \
	tests/integration/conquest_cases.sh \
	tests/integration/worklist_lib.py tests/integration/pynetdicom_habits.py
