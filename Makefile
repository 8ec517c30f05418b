# leakwatch: a GCC plugin.  'make' builds it for the default gcc,
# 'make CC=gcc-11 CXX=g++-11' for another GCC (each GCC gets its own
# build directory under build/).  'make help' lists the targets.

ifeq ($(origin CC),default)
CC = gcc
endif
ifeq ($(origin CXX),default)
CXX = $(subst gcc,g++,$(CC))
endif

PREFIX ?= /usr/local
DESTDIR ?=
CXXFLAGS ?= -O2 -g
RUNTESTFLAGS ?=

# Quiet by default; V=1 shows the commands.
ifeq ($(V),1)
Q =
else
Q = @
endif

GCC_MAJOR := $(shell $(CC) -dumpversion 2>/dev/null | cut -d. -f1)
GCC_TARGET := $(shell $(CC) -dumpmachine 2>/dev/null)
# Recursive (=): evaluated when used, after scripts/deps.sh may have
# installed the headers.
PLUGIN_DIR = $(shell $(CC) -print-file-name=plugin 2>/dev/null)
# ASAN=1: the plugin built with AddressSanitizer and UBSan, in its own
# build directory; 'make check ASAN=1' runs the suite with libasan
# preloaded into the compiler (docs/robustness.md).
ifeq ($(ASAN),1)
SAN_FLAGS = -fsanitize=address,undefined -fno-omit-frame-pointer
BUILD ?= build/gcc-$(GCC_MAJOR)-$(GCC_TARGET)-asan
else
SAN_FLAGS =
BUILD ?= build/gcc-$(GCC_MAJOR)-$(GCC_TARGET)
endif
PLUGIN := $(BUILD)/leakwatch.so

SRCS := $(wildcard plugin/*.c)
OBJS := $(patsubst plugin/%.c,$(BUILD)/%.o,$(SRCS))
HDRS := $(wildcard include/*.h)

# Hidden by default: GCC loads plugins with RTLD_GLOBAL, so an exported
# name would be interposed by another plugin's (LW_EXPORT in gcc-common.h).
PLUGIN_CXXFLAGS = -I$(PLUGIN_DIR)/include -Iinclude -fPIC -fno-rtti \
	-fno-exceptions -fvisibility=hidden -Wall -Wextra -Wno-unused-parameter \
	-Wno-missing-field-initializers $(SAN_FLAGS)
PLUGIN_LDFLAGS = -shared $(SAN_FLAGS)

.PHONY: all check check-gcc11 check-gcc12 check-gcc13 check-gcc14 check-gcc15 \
	check-gcc16 check-all distro-check \
	install uninstall clean demo deps format format-check bench bench-real help \
	torture fuzz patho mutation

all: $(PLUGIN)
ifeq ($(CC):$(filter 1,$(ASAN)),gcc:)
all: plugin/leakwatch.so
plugin/leakwatch.so: $(PLUGIN)
	$(Q)cp $< $@
endif

# The plugin headers (and g++) must match $(CC); scripts/deps.sh names
# the package to install, and installs it when run as root.
$(BUILD)/.deps:
	$(Q)CC="$(CC)" CXX="$(CXX)" sh scripts/deps.sh build
	$(Q)mkdir -p $(BUILD) && touch $@

$(BUILD)/%.o: plugin/%.c $(HDRS) | $(BUILD)/.deps
	@$(if $(Q),echo "  CXX     $@")
	$(Q)$(CXX) -x c++ $(CXXFLAGS) $(PLUGIN_CXXFLAGS) -c -o $@ $<

# Linked without libstdc++ (1 MB, 4M instructions per run): the plugin
# uses only operator new and delete, which cc1 exports.
$(PLUGIN): $(OBJS)
	@$(if $(Q),echo "  LD      $@")
	$(Q)$(CC) $(CXXFLAGS) $(PLUGIN_LDFLAGS) -o $@ $(OBJS)

# A second plugin that registers a warning option too, for the
# two-plugin tests (testsuite/leakwatch.driver/peer.exp).
PEER := $(BUILD)/lwpeer.so
$(PEER): testsuite/plugins/lwpeer.c $(HDRS) | $(BUILD)/.deps
	@$(if $(Q),echo "  CXX     $@")
	$(Q)$(CXX) -x c++ $(CXXFLAGS) $(PLUGIN_CXXFLAGS) $(PLUGIN_LDFLAGS) \
		-o $@ $<

# The test suite runs against the plugin just built, never an installed one.
check: $(PLUGIN) $(PEER)
	$(Q)CC="$(CC)" CXX="$(CXX)" sh scripts/deps.sh check
	$(Q)LEAKWATCH_ASAN="$(ASAN)" sh scripts/runtests.sh "$(CC)" "$(CXX)" \
		"$(CURDIR)/$(PLUGIN)" "$(BUILD)" $(RUNTESTFLAGS)

# GCC 11 and 12: installed natively (Debian 12).
check-gcc11:
	$(Q)$(MAKE) --no-print-directory check CC=gcc-11 CXX=g++-11
check-gcc12:
	$(Q)$(MAKE) --no-print-directory check CC=gcc-12 CXX=g++-12

# GCC 13, 14, 15 and 16 come from one Debian sid chroot made by
# scripts/chroot.sh (root needed; outside the tree, in $LEAKWATCH_CHROOT
# or /var/cache/leakwatch/sid), where this tree is mounted for the check.
check-gcc13:
	$(Q)sh scripts/chroot.sh check 13
check-gcc14:
	$(Q)sh scripts/chroot.sh check 14
check-gcc15:
	$(Q)sh scripts/chroot.sh check 15
check-gcc16:
	$(Q)sh scripts/chroot.sh check 16

# The suite with GCC 11 to 16 (LEAKWATCH_GCC_VERSIONS picks some), one
# line per GCC, then the total line "N passed, N failed".
check-all:
	$(Q)sh scripts/check-all.sh

# The heavy distribution checks (packages, a real Debian package built
# with the plugin injected, ccache, distcc, icecream, SARIF schema,
# headless chromium); root on Debian 12.  Not part of 'check'.
distro-check: $(PLUGIN)
	$(Q)sh scripts/distro-check.sh "$(CC)" "$(CURDIR)/$(PLUGIN)"

demo: $(PLUGIN)
	$(Q)sh scripts/demo.sh "$(CC)" "$(CURDIR)/$(PLUGIN)"

bench: $(PLUGIN)
	$(Q)sh bench/run.sh "$(CC)" "$(CURDIR)/$(PLUGIN)"

# bench-real: the cost on real sources (sqlite3's amalgamation and files
# of Debian packages, fetched with apt-get source into
# $(LEAKWATCH_CACHE)/src/real) at -O0 and -O2; docs/performance.md.
bench-real: $(PLUGIN)
	$(Q)sh bench/real.sh "$(CC)" "$(CURDIR)/$(PLUGIN)"

# Robustness (docs/robustness.md).  torture: GCC's own tests with and
# without the plugin, a fixed sample by default, every file with FULL=1.
# fuzz: csmith programs and scripts/gen-correct.py's correct programs,
# N of each (default 50).  patho: scripts/patho.py's pathological inputs.
torture: $(PLUGIN)
	$(Q)sh scripts/torture.sh "$(CC)" "$(CXX)" "$(CURDIR)/$(PLUGIN)" \
		$(if $(FULL),full,sample)

fuzz: $(PLUGIN)
	$(Q)sh scripts/fuzz.sh "$(CC)" "$(CURDIR)/$(PLUGIN)" $(or $(N),50)

# mutation: the conditions of FILES (plugin/*.c) that no test needs:
# each deleted in turn, the tests (TESTS: runtest arguments, default the
# whole suite) run; survivors in build/mutation/survivors.txt.
mutation:
	$(Q)sh scripts/mutation.sh "$(CC)" "$(CXX)" $(FILES) -- $(TESTS)

# patho: generated pathological functions, time and memory at -O0.
patho: $(PLUGIN)
	$(Q)python3 scripts/patho.py run "$(CC)" "$(CURDIR)/$(PLUGIN)"

install: $(PLUGIN)
	install -d $(DESTDIR)$(PLUGIN_DIR) $(DESTDIR)$(PREFIX)/include \
		$(DESTDIR)$(PREFIX)/share/doc/leakwatch \
		$(DESTDIR)$(PREFIX)/share/man/man1 $(DESTDIR)$(PREFIX)/bin
	install -m 644 $(PLUGIN) $(DESTDIR)$(PLUGIN_DIR)/leakwatch.so
	install -m 644 include/leakwatch.h $(DESTDIR)$(PREFIX)/include/leakwatch.h
	install -m 644 README.md docs/*.md $(DESTDIR)$(PREFIX)/share/doc/leakwatch/
	install -m 644 docs/leakwatch.1 docs/leakwatch-report.1 \
		$(DESTDIR)$(PREFIX)/share/man/man1/
	install -m 755 tools/leakwatch-report $(DESTDIR)$(PREFIX)/bin/leakwatch-report

uninstall:
	rm -f $(DESTDIR)$(PLUGIN_DIR)/leakwatch.so \
		$(DESTDIR)$(PREFIX)/include/leakwatch.h \
		$(DESTDIR)$(PREFIX)/share/man/man1/leakwatch.1 \
		$(DESTDIR)$(PREFIX)/share/man/man1/leakwatch-report.1 \
		$(DESTDIR)$(PREFIX)/bin/leakwatch-report
	rm -rf $(DESTDIR)$(PREFIX)/share/doc/leakwatch

clean:
	rm -rf build plugin/leakwatch.so testsuite/*.log testsuite/*.sum

format:
	clang-format -i plugin/*.c include/*.h testsuite/plugins/*.c

format-check:
	$(Q)sh scripts/format-check.sh

help:
	@echo "Targets: all check check-all distro-check demo bench bench-real install"
	@echo "         uninstall clean"
	@echo "         format format-check"
	@echo "         check-gcc11 check-gcc12 (native)"
	@echo "         check-gcc13 check-gcc14 check-gcc15 check-gcc16 (sid chroot, root)"
	@echo "         torture (GCC's own tests with and without the plugin; FULL=1: all)"
	@echo "         fuzz (csmith and gen-correct.py programs; N=50 of each)"
	@echo "         patho (pathological inputs: time and memory)"
	@echo "         mutation FILES=plugin/x.c [TESTS=...] (conditions no test needs)"
	@echo "Variables: CC CXX PREFIX DESTDIR V=1 RUNTESTFLAGS"
	@echo "           ASAN=1 (plugin built with ASan and UBSan; make check ASAN=1)"
	@echo "Environment: LEAKWATCH_GCC_VERSIONS (check-all, default \"11 12 13 14 15 16\")"
	@echo "             LEAKWATCH_CHROOT (default /var/cache/leakwatch/sid)"
	@echo "             LEAKWATCH_MIRROR (default: this machine's apt mirror)"
