# src/listen: the TCP listener and its connection slots, shared by every
# protocol dgate serves.
libdgate_a_SOURCES += \
	src/listen/listener.c src/listen/listener.h
