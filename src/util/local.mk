libdgate_a_SOURCES += \
	src/util/error.c src/util/error.h \
	src/util/log.c src/util/log.h \
	src/util/buf.c src/util/buf.h \
	src/util/str.c src/util/str.h \
	src/util/file.c src/util/file.h
