# moontrace: `make` builds ./moontrace, libmoontrace.{a,so} and the Lua
# module build/lua/moontrace/core.so; `make test` runs every test.

CC ?= cc
PREFIX ?= /usr/local
DESTDIR ?=

DEB_PACKAGES := gcc libc6-dev liblua5.4-dev lua5.4 libunwind-dev libreadline-dev pkg-config
PKGS := lua5.4

CFLAGS ?= -O2 -g
# Flags from pkg-config, computed once the packages are there: make builds
# build/config.mk (after build/.deps) and restarts with it, so a first
# `make` on a fresh machine installs the packages and builds in one go.
-include build/config.mk
MT_CFLAGS := -std=c99 -D_GNU_SOURCE -Wall -Wextra -Werror -fPIC -Iinclude -Icore -Icore/lua \
	$(PKG_LUA_CFLAGS)
LUA_LIBS := $(PKG_LUA_LIBS)
LDLIBS := $(LUA_LIBS) -lm -ldl

CORE_SRC := core/trace.c core/tracee.c core/mem.c core/regs.c core/systab.c core/seccomp.c core/cosched.c core/lowlat.c
# bt() in the REPL: libunwind-ptrace (core/unwind.c)
CORE_SRC += core/unwind.c
UNWIND_LIBS := $(PKG_UNWIND_LIBS)
MT_CFLAGS += $(PKG_UNWIND_CFLAGS)
CORE_OBJ := $(CORE_SRC:core/%.c=build/core/%.o)
BRIDGE_OBJ := build/core/lua/l_core.o build/core/lua/l_sys.o
LUA_FILES := $(shell find lua -name '*.lua' | sort)
SCRIPT_FILES := $(wildcard scripts/*.lua)
# key=path pairs for the bundle: lua/moontrace/fmt.lua -> moontrace.fmt,
# lua/moontrace/decode/init.lua -> moontrace.decode, scripts/x.lua -> scripts/x
BUNDLE_ARGS := $(foreach f,$(LUA_FILES),$(subst /,.,$(patsubst %/init,%,$(patsubst lua/%.lua,%,$(f))))=$(f)) \
	$(foreach f,$(SCRIPT_FILES),$(f:.lua=)=$(f))

.PHONY: all deps test check clean install uninstall bench examples check-asan valgrind fuzz fuzz-merge
all: build/.deps ./moontrace libmoontrace.a libmoontrace.so build/lua/moontrace/core.so

# The build needs Lua 5.4, libunwind and readline headers (the tests also
# busted, strace, python3 and tmux).  As root, install what is missing;
# otherwise say exactly what to run.
TEST_PACKAGES := lua-busted strace python3 tmux util-linux

build/.deps: PKGLIST = $(DEB_PACKAGES)
build/.test-deps: PKGLIST = $(TEST_PACKAGES)
build/.deps build/.test-deps:
	@mkdir -p build
	@missing=""; for p in $(PKGLIST); do \
		dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'install ok installed' || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
		if [ "$$(id -u)" = 0 ]; then \
			echo "make: installing build packages:$$missing"; \
			DEBIAN_FRONTEND=noninteractive apt-get install -y $$missing >/dev/null || \
			{ apt-get update >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y $$missing >/dev/null; } || exit 1; \
		else \
			echo "moontrace needs packages that are not installed; run:"; \
			echo "  sudo apt-get install -y$$missing"; exit 1; \
		fi; \
	fi
	@touch $@

deps: build/.deps

build/config.mk: build/.deps Makefile
	@{ echo "PKG_LUA_CFLAGS := $$(pkg-config --cflags $(PKGS))"; \
	   echo "PKG_LUA_LIBS := $$(pkg-config --libs $(PKGS))"; \
	   echo "PKG_UNWIND_CFLAGS := $$(pkg-config --cflags libunwind-ptrace)"; \
	   echo "PKG_UNWIND_LIBS := $$(pkg-config --libs libunwind-ptrace)"; } > $@

build/core/%.o: core/%.c include/moontrace.h core/internal.h | build/.deps
	@mkdir -p $(dir $@)
	$(CC) $(MT_CFLAGS) $(CFLAGS) -c -o $@ $<

build/core/systab.o: core/syscalls.def

build/core/lua/%.o: core/lua/%.c core/lua/l_core.h core/lua/bundle.h include/moontrace.h | build/.deps
	@mkdir -p $(dir $@)
	$(CC) $(MT_CFLAGS) $(CFLAGS) -c -o $@ $<

build/embed: tools/embed.c
	@mkdir -p build
	$(CC) -std=c99 -Wall -Wextra -Werror -O2 -o $@ $<

build/bundle.c: build/embed $(LUA_FILES) $(SCRIPT_FILES) Makefile
	build/embed $@.$$$$ $(BUNDLE_ARGS) && mv $@.$$$$ $@

build/bundle.o: build/bundle.c core/lua/bundle.h
	$(CC) $(MT_CFLAGS) $(CFLAGS) -Wno-overlength-strings -c -o $@ $<

libmoontrace.a: $(CORE_OBJ)
	rm -f $@
	ar rcs $@ $^

libmoontrace.so: $(CORE_OBJ)
	$(CC) -shared -Wl,-soname,libmoontrace.so.0 -o $@ $^ $(UNWIND_LIBS)

build/lua/moontrace/core.so: $(BRIDGE_OBJ) $(CORE_OBJ)
	@mkdir -p $(dir $@)
	$(CC) -shared -o $@ $^ $(UNWIND_LIBS)

# the REPL's line editor (core/lua/l_readline.c) is in the binary only
./moontrace: build/core/lua/main.o $(BRIDGE_OBJ) build/core/lua/l_readline.o build/bundle.o libmoontrace.a
	$(CC) -o $@ build/core/lua/main.o $(BRIDGE_OBJ) build/core/lua/l_readline.o build/bundle.o libmoontrace.a $(LDLIBS) $(UNWIND_LIBS) -lreadline

test: all build/.test-deps
	@tests/run

check: test

# moontrace against strace and the untraced workload (bench/bench.lua).
build/bench/%: bench/%.c
	@mkdir -p build/bench
	$(CC) -std=c99 -D_GNU_SOURCE -O2 -Wall -Wextra -Werror -o $@ $< -lpthread

bench: all build/bench/workload build/bench/runner
	lua5.4 bench/bench.lua

clean:
	rm -rf build moontrace libmoontrace.a libmoontrace.so

# ---- hardening (docs/reliability.md) ----------------------------------------

# check-asan: the whole test suite against a build with AddressSanitizer and
# UndefinedBehaviorSanitizer.  It builds a copy of the tree in build/asan, so
# the normal build is left alone; sanitizer reports go to build/asan/logs and
# any report fails the target.  The tests' own `cc` (build/asan/bin/cc) adds
# the sanitizers to what links libmoontrace (the C tests, the embed example),
# not to the victims.  MOONTRACE_SANITIZE tells the tests (no -static link).
# The Lua module loaded by a stock lua5.4 gets the runtime after the program:
# verify_asan_link_order=0 allows it.
SANITIZE := -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
ASAN_TREE := build/asan

check-asan: build/.deps
	@rm -rf $(ASAN_TREE) && mkdir -p $(ASAN_TREE)/logs $(ASAN_TREE)/bin
	@tar -cf - --exclude=./build --exclude=./.git --exclude=./moontrace \
		--exclude=./libmoontrace.a --exclude=./libmoontrace.so . | tar -xf - -C $(ASAN_TREE)
	@cc=$$(command -v $(CC)); { echo '#!/bin/sh'; \
		echo 'case " $$* " in *libmoontrace*|*-lmoontrace*) exec '"$$cc $(SANITIZE)"' "$$@";; esac'; \
		echo 'exec '"$$cc"' "$$@"'; } > $(ASAN_TREE)/bin/cc && chmod +x $(ASAN_TREE)/bin/cc
	$(MAKE) -C $(ASAN_TREE) CC="$(CC) $(SANITIZE)" CFLAGS="-O1 -g" all
	cd $(ASAN_TREE) && PATH=$(CURDIR)/$(ASAN_TREE)/bin:$$PATH MOONTRACE_SANITIZE=1 \
		ASAN_OPTIONS=detect_leaks=1:verify_asan_link_order=0:log_path=$(CURDIR)/$(ASAN_TREE)/logs/asan \
		UBSAN_OPTIONS=print_stacktrace=1:log_path=$(CURDIR)/$(ASAN_TREE)/logs/ubsan tests/run; \
		rc=$$?; logs=$$(ls logs); \
		if [ -n "$$logs" ]; then echo "sanitizer reports:"; head -n 40 logs/*; exit 1; fi; exit $$rc

# valgrind: the C tests of the core and a short traced run, under memcheck;
# any error or leak fails.
VALGRIND := valgrind -q --error-exitcode=1 --leak-check=full --errors-for-leak-kinds=definite,indirect \
	--track-fds=no

valgrind: all
	@mkdir -p build/tests
	$(CC) -std=c99 -D_GNU_SOURCE -Wall -Wextra -Werror -g -Iinclude -o build/tests/test_core \
		tests/c/test_core.c libmoontrace.a $(UNWIND_LIBS)
	$(VALGRIND) build/tests/test_core
	$(VALGRIND) ./moontrace -o /dev/null -f sh -c 'echo hi; ls / >/dev/null; exit 3'; \
		[ $$? -eq 3 ] || { echo "valgrind: moontrace reported errors"; exit 1; }
	$(VALGRIND) ./moontrace -c -o /dev/null -e trace=openat,read cat /etc/hostname >/dev/null

# fuzz: libFuzzer (clang) on the Lua code fed by tracee data and user text:
# the -e expression parser and the decoders (tests/fuzz/targets.lua).  New
# inputs land in build/fuzz; `make fuzz-merge` folds them into the corpus
# kept in tests/fuzz/corpus, minimised.  FUZZ_SECONDS per target.
FUZZ_CC ?= clang
FUZZ_SECONDS ?= 60
FUZZ_TARGETS := filter decode
FUZZ_FLAGS := -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all
FUZZ_SRC := tests/fuzz/fuzz_lua.c $(BRIDGE_OBJ:build/%.o=%.c) $(CORE_SRC)

build/fuzz/fuzz_%: $(FUZZ_SRC) include/moontrace.h core/internal.h core/lua/l_core.h | build/.deps
	@mkdir -p build/fuzz
	$(FUZZ_CC) -std=c99 -D_GNU_SOURCE -Iinclude -Icore -Icore/lua $(PKG_LUA_CFLAGS) $(PKG_UNWIND_CFLAGS) \
		-DFUZZ_TARGET='"$*"' -DMT_LUA_DIR='"$(CURDIR)/lua"' -DMT_FUZZ_DIR='"$(CURDIR)/tests/fuzz"' \
		$(FUZZ_FLAGS) -o $@ $(FUZZ_SRC) $(LUA_LIBS) -lm -ldl $(UNWIND_LIBS)

fuzz: $(FUZZ_TARGETS:%=build/fuzz/fuzz_%)
	@for t in $(FUZZ_TARGETS); do \
		mkdir -p build/fuzz/new-$$t tests/fuzz/corpus/$$t; \
		echo "== fuzz $$t ($(FUZZ_SECONDS) s)"; \
		build/fuzz/fuzz_$$t -max_total_time=$(FUZZ_SECONDS) -timeout=10 -rss_limit_mb=2048 -max_len=1024 \
			-print_final_stats=1 -artifact_prefix=build/fuzz/$$t- \
			build/fuzz/new-$$t tests/fuzz/corpus/$$t 2>build/fuzz/$$t.log || \
			{ tail -n 40 build/fuzz/$$t.log; exit 1; }; \
		grep -E '^stat::(number_of_executed_units|new_units_added)|^Done' build/fuzz/$$t.log; \
	done

fuzz-merge: $(FUZZ_TARGETS:%=build/fuzz/fuzz_%)
	@for t in $(FUZZ_TARGETS); do \
		rm -rf build/fuzz/min-$$t && mkdir -p build/fuzz/min-$$t build/fuzz/new-$$t && \
		build/fuzz/fuzz_$$t -merge=1 build/fuzz/min-$$t tests/fuzz/corpus/$$t build/fuzz/new-$$t \
			2>build/fuzz/merge-$$t.log && \
		rm -rf tests/fuzz/corpus/$$t && mv build/fuzz/min-$$t tests/fuzz/corpus/$$t && \
		echo "$$t: $$(ls tests/fuzz/corpus/$$t | wc -l) inputs" || { tail -n 5 build/fuzz/merge-$$t.log; exit 1; }; \
	done

# ---- examples (examples/README.md) ------------------------------------------

examples: build/examples/embed

build/examples/embed: examples/embed.c include/moontrace.h libmoontrace.a
	@mkdir -p $(dir $@)
	$(CC) -std=c99 -Wall -Wextra -Werror $(CFLAGS) -Iinclude -o $@ $< libmoontrace.a $(UNWIND_LIBS)

# ---- install: Debian's layout under PREFIX; DESTDIR stages it ---------------

VERSION := $(shell grep MOONTRACE_VERSION include/moontrace.h | grep -o '[0-9][0-9.]*')
MULTIARCH := $(shell $(CC) -print-multiarch 2>/dev/null)
LIBSUBDIR := lib$(if $(MULTIARCH),/$(MULTIARCH))
BINDIR ?= $(PREFIX)/bin
LIBDIR ?= $(PREFIX)/$(LIBSUBDIR)
INCLUDEDIR ?= $(PREFIX)/include
LUADIR ?= $(PREFIX)/share/lua/5.4
# Debian's lua5.4 loads C modules from /usr/lib/<triplet>/lua/5.4 and
# /usr/local/lib/lua/5.4
LUA_CDIR ?= $(if $(filter /usr,$(PREFIX)),$(PREFIX)/$(LIBSUBDIR)/lua/5.4,$(PREFIX)/lib/lua/5.4)
DATADIR ?= $(PREFIX)/share/moontrace
MAN1DIR ?= $(PREFIX)/share/man/man1
MAN7DIR ?= $(PREFIX)/share/man/man7
DOCDIR ?= $(PREFIX)/share/doc/moontrace
I := $(DESTDIR)

install: all
	install -d $(I)$(BINDIR) $(I)$(LIBDIR)/pkgconfig $(I)$(INCLUDEDIR) $(I)$(LUA_CDIR)/moontrace \
		$(I)$(DATADIR)/scripts $(I)$(MAN1DIR) $(I)$(DOCDIR)/examples
	install -m 755 moontrace $(I)$(BINDIR)/moontrace
	install -m 644 libmoontrace.a $(I)$(LIBDIR)/libmoontrace.a
	install -m 755 libmoontrace.so $(I)$(LIBDIR)/libmoontrace.so.$(VERSION)
	ln -sf libmoontrace.so.$(VERSION) $(I)$(LIBDIR)/libmoontrace.so.0
	ln -sf libmoontrace.so.0 $(I)$(LIBDIR)/libmoontrace.so
	sed -e 's|@PREFIX@|$(PREFIX)|' -e 's|@LIBSUBDIR@|$(LIBSUBDIR)|' -e 's|@VERSION@|$(VERSION)|' \
		moontrace.pc.in > $(I)$(LIBDIR)/pkgconfig/moontrace.pc
	install -m 644 include/moontrace.h $(I)$(INCLUDEDIR)/moontrace.h
	for f in $(LUA_FILES); do install -D -m 644 $$f $(I)$(LUADIR)/$${f#lua/}; done
	install -m 755 build/lua/moontrace/core.so $(I)$(LUA_CDIR)/moontrace/core.so
	install -m 644 $(SCRIPT_FILES) $(I)$(DATADIR)/scripts/
	install -m 644 docs/moontrace.1 $(I)$(MAN1DIR)/moontrace.1
	install -d $(I)$(MAN7DIR)
	install -m 644 docs/moontrace-lua.7 $(I)$(MAN7DIR)/moontrace-lua.7
	install -m 644 examples/embed.c examples/README.md $(I)$(DOCDIR)/examples/

uninstall:
	rm -f $(I)$(BINDIR)/moontrace $(I)$(LIBDIR)/libmoontrace.a $(I)$(LIBDIR)/libmoontrace.so \
		$(I)$(LIBDIR)/libmoontrace.so.0 $(I)$(LIBDIR)/libmoontrace.so.$(VERSION) \
		$(I)$(LIBDIR)/pkgconfig/moontrace.pc $(I)$(INCLUDEDIR)/moontrace.h $(I)$(MAN1DIR)/moontrace.1 $(I)$(MAN7DIR)/moontrace-lua.7
	rm -rf $(I)$(LUADIR)/moontrace $(I)$(LUA_CDIR)/moontrace $(I)$(DATADIR) $(I)$(DOCDIR)
