# src/web: the HTTP server (libmicrohttpd): the daemon and the request API
# every handler is written against (web.h), the route table, and the
# handlers, one file each.
libdgate_a_SOURCES += \
	src/web/web.h src/web/http.c \
	src/web/routes.h src/web/routes.c \
	src/web/static.c \
	src/web/status.c \
	src/web/image.c src/web/image.h \
	src/web/rendered.c \
	src/web/wado_uri.c
libdgate_a_CFLAGS += $(MHD_CFLAGS) $(XCRYPT_CFLAGS)
DGATE_LIBS += $(MHD_LIBS) $(XCRYPT_LIBS)

web_integration_tests = tests/integration/web_basic.sh tests/integration/web_render.sh
TESTS += $(web_integration_tests)
EXTRA_DIST += $(web_integration_tests) tests/integration/web_render.py
