# src/local.mk: the sources of libgorolab.a (everything but main.c).
# Included by Makefile.am; owned by whoever adds a source file.
libgorolab_a_SOURCES += \
	src/base/xalloc.c src/base/xalloc.h \
	src/base/buf.c src/base/buf.h
