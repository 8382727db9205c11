# src/archive: MAG devices, FileNameSyntax, atomic writes of stored files.
libdgate_a_SOURCES += \
	src/archive/filename.h \
	src/archive/mag.h
