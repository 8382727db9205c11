# The test harness. ../shared beside the source tree holds the fixtures and
# references; under `make distcheck` the tree is unpacked one level deeper,
# so ../../shared is tried too. Unit tests (Check) are listed by each module's local.mk;
# integration tests are shell scripts that start a real dgate on a free
# loopback port with their own temporary data directory (tests/integration/lib.sh).

TEST_EXTENSIONS = .sh
SH_LOG_COMPILER = $(SHELL)
AM_TESTS_ENVIRONMENT = \
	top_srcdir='$(abs_top_srcdir)'; top_builddir='$(abs_top_builddir)'; \
	DGATE='$(abs_top_builddir)/dgate'; SHARED_DIR='$(abs_top_srcdir)/../shared'; \
	[ -d "$$SHARED_DIR" ] || SHARED_DIR='$(abs_top_srcdir)/../../shared'; \
	MAKE='$(MAKE)'; TCP_NODELAY=1; CK_DEFAULT_TIMEOUT=60; \
	export top_srcdir top_builddir DGATE SHARED_DIR MAKE TCP_NODELAY CK_DEFAULT_TIMEOUT; \
	. '$(abs_top_srcdir)/tests/db_servers.sh';

UNIT_CFLAGS = $(AM_CFLAGS) $(CHECK_CFLAGS)
UNIT_LDADD = $(DGATE_LIBS) $(CHECK_LIBS)

integration_tests = \
	tests/integration/cli.sh \
	tests/integration/config_keys.sh \
	tests/integration/config_search.sh \
	tests/integration/install.sh \
	tests/integration/logs.sh \
	tests/integration/regen_progress.sh \
	tests/integration/transcode_cli.sh
TESTS += $(integration_tests)
EXTRA_DIST += $(integration_tests) tests/integration/lib.sh tests/db_servers.sh

# For tests/integration/install.sh: the installation directories, expanded.
print-install-dirs:
	@echo "bindir='$(bindir)' pkgconfdir='$(pkgconfdir)' magdir='$(magdir)' pkglogdir='$(pkglogdir)' man8dir='$(man8dir)' webuidir='$(webuidir)'"
.PHONY: print-install-dirs
