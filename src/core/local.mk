# src/core: the PACS operations every protocol shares (the ingest of an
# arriving object), below the DIMSE services and above archive/ and db/.
libdgate_a_SOURCES += \
	src/core/ingest.c src/core/ingest.h
