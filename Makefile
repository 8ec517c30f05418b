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
BUILD ?= build/gcc-$(GCC_MAJOR)-$(GCC_TARGET)
PLUGIN := $(BUILD)/leakwatch.so

SRCS := $(wildcard plugin/*.c)
OBJS := $(patsubst plugin/%.c,$(BUILD)/%.o,$(SRCS))
HDRS := $(wildcard include/*.h)

PLUGIN_CXXFLAGS = -I$(PLUGIN_DIR)/include -Iinclude -fPIC -fno-rtti \
	-fno-exceptions -Wall -Wextra -Wno-unused-parameter \
	-Wno-missing-field-initializers
PLUGIN_LDFLAGS = -shared

.PHONY: all check check-gcc11 check-gcc12 check-gcc13 check-gcc14 check-all \
	install uninstall clean demo deps format format-check bench help

all: $(PLUGIN)
ifeq ($(CC),gcc)
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

# The test suite runs against the plugin just built, never an installed one.
check: $(PLUGIN)
	$(Q)CC="$(CC)" CXX="$(CXX)" sh scripts/deps.sh check
	$(Q)sh scripts/runtests.sh "$(CC)" "$(CXX)" "$(CURDIR)/$(PLUGIN)" \
		"$(BUILD)" $(RUNTESTFLAGS)

check-gcc11:
	$(Q)$(MAKE) --no-print-directory check CC=gcc-11 CXX=g++-11
check-gcc12:
	$(Q)$(MAKE) --no-print-directory check CC=gcc-12 CXX=g++-12

# GCC 13 and 14 come from a Debian 13 chroot made by scripts/chroot.sh
# (outside the tree, in $LEAKWATCH_CHROOT or /var/cache/leakwatch).
check-gcc13:
	$(Q)sh scripts/chroot.sh check 13
check-gcc14:
	$(Q)sh scripts/chroot.sh check 14

# Every GCC this machine has or can get, then one total line.
check-all:
	$(Q)sh scripts/check-all.sh

demo: $(PLUGIN)
	$(Q)sh scripts/demo.sh "$(CC)" "$(CURDIR)/$(PLUGIN)"

bench: $(PLUGIN)
	$(Q)sh bench/run.sh "$(CC)" "$(CURDIR)/$(PLUGIN)"

install: $(PLUGIN)
	install -d $(DESTDIR)$(PLUGIN_DIR) $(DESTDIR)$(PREFIX)/include \
		$(DESTDIR)$(PREFIX)/share/doc/leakwatch \
		$(DESTDIR)$(PREFIX)/share/man/man1
	install -m 644 $(PLUGIN) $(DESTDIR)$(PLUGIN_DIR)/leakwatch.so
	install -m 644 include/leakwatch.h $(DESTDIR)$(PREFIX)/include/leakwatch.h
	install -m 644 README.md docs/*.md $(DESTDIR)$(PREFIX)/share/doc/leakwatch/
	install -m 644 docs/leakwatch.1 $(DESTDIR)$(PREFIX)/share/man/man1/leakwatch.1

uninstall:
	rm -f $(DESTDIR)$(PLUGIN_DIR)/leakwatch.so \
		$(DESTDIR)$(PREFIX)/include/leakwatch.h \
		$(DESTDIR)$(PREFIX)/share/man/man1/leakwatch.1
	rm -rf $(DESTDIR)$(PREFIX)/share/doc/leakwatch

clean:
	rm -rf build plugin/leakwatch.so testsuite/*.log testsuite/*.sum

format:
	clang-format -i plugin/*.c include/*.h

format-check:
	$(Q)sh scripts/format-check.sh

help:
	@echo "Targets: all check check-gcc11 check-gcc12 check-gcc13 check-gcc14"
	@echo "         check-all demo bench install uninstall clean format format-check"
	@echo "Variables: CC CXX PREFIX DESTDIR V=1 RUNTESTFLAGS"
