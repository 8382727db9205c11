# The index database: dicom.sql parser, one interface over three backends,
# indexing of stored files, and the -i / -r / -k jobs.
libdgate_a_SOURCES += \
	src/db/schema.c src/db/schema.h \
	src/db/db.c src/db/db.h src/db/db_impl.h \
	src/db/tables.c src/db/tables.h \
	src/db/index.c src/db/index.h \
	src/db/objects.c src/db/objects.h \
	src/db/jobs.c src/db/jobs.h \
	src/db/worklist.c src/db/worklist.h \
	src/db/metadata.c src/db/metadata.h
if HAVE_SQLITE
libdgate_a_SOURCES += src/db/db_sqlite.c
endif
if HAVE_MYSQL
libdgate_a_SOURCES += src/db/db_mysql.c src/db/mysql_lib.c src/db/mysql_lib.h
endif
if HAVE_PGSQL
libdgate_a_SOURCES += src/db/db_pgsql.c src/db/pq_lib.c src/db/pq_lib.h
endif

if HAVE_CHECK
check_PROGRAMS += tests/unit/check_schema
tests_unit_check_schema_SOURCES = tests/unit/check_schema.c
tests_unit_check_schema_CFLAGS = $(UNIT_CFLAGS)
tests_unit_check_schema_LDADD = $(UNIT_LDADD)
TESTS += tests/unit/check_schema

check_PROGRAMS += tests/unit/check_db
tests_unit_check_db_SOURCES = tests/unit/check_db.c \
	tests/unit/db_test_config.c tests/unit/db_test_config.h
tests_unit_check_db_CFLAGS = $(UNIT_CFLAGS)
tests_unit_check_db_LDADD = $(UNIT_LDADD)
TESTS += tests/unit/check_db

check_PROGRAMS += tests/unit/check_objects
tests_unit_check_objects_SOURCES = tests/unit/check_objects.c \
	tests/unit/db_test_config.c tests/unit/db_test_config.h
tests_unit_check_objects_CFLAGS = $(UNIT_CFLAGS)
tests_unit_check_objects_LDADD = $(UNIT_LDADD)
TESTS += tests/unit/check_objects
endif

db_integration_tests = tests/integration/db_regen.sh tests/integration/db_backends.sh \
	tests/integration/db_outage.sh tests/integration/db_concurrent.sh \
	tests/integration/db_regen_depth.sh tests/integration/db_two_dgate.sh \
	tests/integration/db_outage_mysql.sh tests/integration/db_regen_if_absent.sh
TESTS += $(db_integration_tests)
EXTRA_DIST += $(db_integration_tests) tests/integration/db_lib.sh

if ENABLE_FUZZING
noinst_PROGRAMS += tests/fuzz/fuzz_schema
tests_fuzz_fuzz_schema_SOURCES = tests/fuzz/fuzz_schema.c
tests_fuzz_fuzz_schema_LDFLAGS = $(FUZZ_LDFLAGS)
tests_fuzz_fuzz_schema_LDADD = $(DGATE_LIBS)
endif
EXTRA_DIST += tests/fuzz/corpus/schema/shipped.sql tests/fuzz/corpus/schema/minimal.sql
