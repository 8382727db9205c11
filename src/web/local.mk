# src/web: the HTTP server (libmicrohttpd): the daemon and the request API
# every handler is written against (web.h), the route table, and the
# handlers, one file each.
libdgate_a_SOURCES += \
	src/web/web.h src/web/http.c \
	src/web/routes.h src/web/routes.c \
	src/web/auth.h src/web/auth.c \
	src/web/login.h src/web/login.c \
	src/web/watchdog.h src/web/watchdog.c \
	src/web/static.c \
	src/web/status.c
libdgate_a_CFLAGS += $(MHD_CFLAGS) $(XCRYPT_CFLAGS)
DGATE_LIBS += $(MHD_LIBS) $(XCRYPT_LIBS)

web_integration_tests = tests/integration/web_basic.sh \
	tests/integration/web_auth.sh \
	tests/integration/web_https.sh \
	tests/integration/web_hostile.sh
TESTS += $(web_integration_tests)
EXTRA_DIST += $(web_integration_tests)

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
