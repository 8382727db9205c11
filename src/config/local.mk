libdgate_a_SOURCES += \
	src/config/ini.c src/config/ini.h \
	src/config/amap.c src/config/amap.h \
	src/config/config.c src/config/config.h \
	src/config/keynames.c src/config/keynames.h

if HAVE_CHECK
check_PROGRAMS += tests/unit/check_config
tests_unit_check_config_SOURCES = tests/unit/check_config.c
tests_unit_check_config_CFLAGS = $(UNIT_CFLAGS)
tests_unit_check_config_LDADD = $(UNIT_LDADD)
TESTS += tests/unit/check_config
endif

if ENABLE_FUZZING
noinst_PROGRAMS += tests/fuzz/fuzz_ini tests/fuzz/fuzz_amap
tests_fuzz_fuzz_ini_SOURCES = tests/fuzz/fuzz_ini.c
tests_fuzz_fuzz_ini_LDFLAGS = $(FUZZ_LDFLAGS)
tests_fuzz_fuzz_ini_LDADD = $(DGATE_LIBS)
tests_fuzz_fuzz_amap_SOURCES = tests/fuzz/fuzz_amap.c
tests_fuzz_fuzz_amap_LDFLAGS = $(FUZZ_LDFLAGS)
tests_fuzz_fuzz_amap_LDADD = $(DGATE_LIBS)
endif
EXTRA_DIST += \
	tests/fuzz/corpus/ini/crlf.ini tests/fuzz/corpus/ini/shipped.ini \
	tests/fuzz/corpus/amap/shipped.map tests/fuzz/corpus/amap/wild.map
