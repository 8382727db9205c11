# src/web: the HTTP server (libmicrohttpd): the daemon and the request API
# every handler is written against (web.h), the route table, and the
# handlers, one file each.
libdgate_a_SOURCES += \
	src/web/web.h src/web/http.c \
	src/web/mhd_lib.c src/web/mhd_lib.h \
	src/web/routes.h src/web/routes.c \
	src/web/urlpath.h src/web/urlpath.c \
	src/web/auth.h src/web/auth.c \
	src/web/login.h src/web/login.c \
	src/web/watchdog.h src/web/watchdog.c \
	src/web/static.c \
	src/web/status.c \
	src/web/json.c src/web/json.h \
	src/web/qido.c src/web/qido.h \
	src/web/wado.c src/web/wado.h \
	src/web/accept.c src/web/accept.h \
	src/web/frames.c \
	src/web/image.c src/web/image.h \
	src/web/rendered.c \
	src/web/wado_uri.c
libdgate_a_CFLAGS += $(MHD_CFLAGS) $(XCRYPT_CFLAGS)
# libmicrohttpd is loaded only when WebPort is set (src/web/mhd_lib.c).
DGATE_LIBS += $(XCRYPT_LIBS)

web_integration_tests = tests/integration/web_basic.sh \
	tests/integration/web_auth.sh \
	tests/integration/web_https.sh \
	tests/integration/web_hostile.sh \
	tests/integration/web_qido.sh \
	tests/integration/web_wado.sh \
	tests/integration/web_backends.sh \
	tests/integration/web_stow.sh \
	tests/integration/web_delete.sh \
	tests/integration/web_delete_two.sh \
	tests/integration/web_stow_big.sh \
	tests/integration/web_render.sh \
	tests/integration/web_orthanc_client.sh \
	tests/integration/web_python_client.sh
TESTS += $(web_integration_tests)
EXTRA_DIST += $(web_integration_tests) tests/integration/qido_lib.py tests/integration/wado_lib.py \
	tests/integration/web_lib.py tests/integration/web_render.py tests/integration/web_corpus.py \
	tests/integration/web_orthanc_client.py tests/integration/web_python_client.py

if HAVE_CHECK
check_PROGRAMS += tests/unit/check_auth
tests_unit_check_auth_SOURCES = tests/unit/check_auth.c
tests_unit_check_auth_CFLAGS = $(UNIT_CFLAGS)
tests_unit_check_auth_LDADD = $(UNIT_LDADD)
TESTS += tests/unit/check_auth

check_PROGRAMS += tests/unit/check_login
tests_unit_check_login_SOURCES = tests/unit/check_login.c
tests_unit_check_login_CFLAGS = $(UNIT_CFLAGS)
tests_unit_check_login_LDADD = $(UNIT_LDADD)
TESTS += tests/unit/check_login

check_PROGRAMS += tests/unit/check_json
tests_unit_check_json_SOURCES = tests/unit/check_json.c
tests_unit_check_json_CFLAGS = $(UNIT_CFLAGS)
tests_unit_check_json_LDADD = $(UNIT_LDADD)
TESTS += tests/unit/check_json

check_PROGRAMS += tests/unit/check_dicomweb
tests_unit_check_dicomweb_SOURCES = tests/unit/check_dicomweb.c
tests_unit_check_dicomweb_CFLAGS = $(UNIT_CFLAGS)
tests_unit_check_dicomweb_LDADD = $(UNIT_LDADD)
TESTS += tests/unit/check_dicomweb
endif

# The Accept header's parser, and a request's path and query arguments as
# the router decodes them and QIDO-RS reads them: fuzzed.
if ENABLE_FUZZING
noinst_PROGRAMS += tests/fuzz/fuzz_accept tests/fuzz/fuzz_request
tests_fuzz_fuzz_accept_SOURCES = tests/fuzz/fuzz_accept.c
tests_fuzz_fuzz_accept_LDFLAGS = $(FUZZ_LDFLAGS)
tests_fuzz_fuzz_accept_LDADD = $(DGATE_LIBS)
tests_fuzz_fuzz_request_SOURCES = tests/fuzz/fuzz_request.c
tests_fuzz_fuzz_request_LDFLAGS = $(FUZZ_LDFLAGS)
tests_fuzz_fuzz_request_LDADD = $(DGATE_LIBS)
endif
EXTRA_DIST += tests/fuzz/corpus/accept/wado_jpegls tests/fuzz/corpus/accept/frames \
	tests/fuzz/corpus/accept/qido tests/fuzz/corpus/accept/as_stored tests/fuzz/corpus/accept/odd \
	tests/fuzz/corpus/request/studies tests/fuzz/corpus/request/instances \
	tests/fuzz/corpus/request/series tests/fuzz/corpus/request/hostile

# The write side: STOW-RS (and its multipart parser: pure, fuzzed),
# DELETE, and the ZIP download (libarchive, kept to zipout.c).
libdgate_a_SOURCES += src/web/multipart.c src/web/multipart.h \
	src/web/stow.c src/web/delete.c \
	src/web/zip.c src/web/zipout.c src/web/zipout.h \
	src/web/archive_lib.c src/web/archive_lib.h
# libarchive is loaded by the first ZIP download (src/web/archive_lib.c).
libdgate_a_CFLAGS += $(LIBARCHIVE_CFLAGS)

if HAVE_CHECK
check_PROGRAMS += tests/unit/check_multipart
TESTS += tests/unit/check_multipart
tests_unit_check_multipart_SOURCES = tests/unit/check_multipart.c
tests_unit_check_multipart_CFLAGS = $(UNIT_CFLAGS)
tests_unit_check_multipart_LDADD = $(UNIT_LDADD)
endif

if ENABLE_FUZZING
noinst_PROGRAMS += tests/fuzz/fuzz_multipart
tests_fuzz_fuzz_multipart_SOURCES = tests/fuzz/fuzz_multipart.c
tests_fuzz_fuzz_multipart_LDFLAGS = $(FUZZ_LDFLAGS)
tests_fuzz_fuzz_multipart_LDADD = $(DGATE_LIBS)
endif
EXTRA_DIST += tests/fuzz/corpus/multipart/related tests/fuzz/corpus/multipart/formdata \
	tests/fuzz/corpus/multipart/quoted_truncated
