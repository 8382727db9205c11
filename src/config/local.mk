libdgate_a_SOURCES += \
	src/config/ini.c src/config/ini.h \
	src/config/amap.c src/config/amap.h \
	src/config/config.c src/config/config.h

if HAVE_CHECK
check_PROGRAMS += tests/unit/check_config
tests_unit_check_config_SOURCES = tests/unit/check_config.c
tests_unit_check_config_CFLAGS = $(UNIT_CFLAGS)
tests_unit_check_config_LDADD = $(UNIT_LDADD)
TESTS += tests/unit/check_config
endif
