/* v18: the calls newer than strace 6.1 that lua/moontrace/decode/newer.lua
 * decodes: statmount, listmount, lsm_get_self_attr, lsm_set_self_attr,
 * lsm_list_modules, setxattrat, getxattrat, listxattrat, removexattrat,
 * open_tree_attr, file_getattr, file_setattr, listns, map_shadow_stack.
 * Each is made with syscall(NUMBER, ...), with good and bad arguments.
 * Only the victim's own scratch files /tmp/mt/new_* are changed (their
 * extended attributes); statmount, listmount and listns only read;
 * lsm_set_self_attr always gets flags the kernel refuses; open_tree_attr
 * only makes detached copies, closed at once.  Mount ids are the same from
 * one run to the next (the first mounts of the namespace, listed in order);
 * namespace ids only from the first of a kind.  Never blocks. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#define NR_map_shadow_stack 453
#define NR_statmount 457
#define NR_listmount 458
#define NR_lsm_get_self_attr 459
#define NR_lsm_set_self_attr 460
#define NR_lsm_list_modules 461
#define NR_setxattrat 463
#define NR_getxattrat 464
#define NR_listxattrat 465
#define NR_removexattrat 466
#define NR_open_tree_attr 467
#define NR_file_getattr 468
#define NR_file_setattr 469
#define NR_listns 470

#define BAD ((void *) 0x10)         /* never mapped */

struct mnt_id_req { uint32_t size, mnt_ns_fd; uint64_t mnt_id, param, mnt_ns_id; };
struct xattr_args { uint64_t value; uint32_t size, flags; };
struct mount_attr { uint64_t attr_set, attr_clr, propagation, userns_fd; };
struct file_attr { uint64_t fa_xflags; uint32_t fa_extsize, fa_nextents, fa_projid, fa_cowextsize; };
struct ns_id_req { uint32_t size, spare; uint64_t ns_id; uint32_t ns_type, spare2; uint64_t user_ns_id; };
struct lsm_ctx { uint64_t id, flags, len, ctx_len; unsigned char ctx[]; };

static unsigned char big[65536];
static uint64_t ids[8];

static void mounts(void)
{
	struct mnt_id_req req;
	uint64_t first = 0;

	/* listmount: bad pointers, a short request, the first child of the root */
	syscall(NR_listmount, NULL, NULL, 0, 0);
	syscall(NR_listmount, BAD, BAD, 4, 0x2);
	memset(&req, 0, sizeof(req));
	req.size = 8;
	syscall(NR_listmount, &req, ids, 4, 0);
	req.size = 24;
	req.mnt_id = (uint64_t) -1;   /* LSMT_ROOT */
	if (syscall(NR_listmount, &req, ids, 1, 0) == 1)
		first = ids[0];
	syscall(NR_listmount, &req, BAD, 1, 0);
	syscall(NR_listmount, &req, ids, 0, 0);
	req.param = 1;                /* after an id that cannot be one: none left */
	syscall(NR_listmount, &req, ids, 2, 0x1);
	{
		struct { struct mnt_id_req r; uint64_t tail; } longer;
		memset(&longer, 0, sizeof(longer));
		longer.r = req;
		longer.r.size = sizeof(longer);   /* larger than known, non-zero tail */
		longer.r.param = 0;
		longer.tail = 0xabcd;
		syscall(NR_listmount, &longer, ids, 1, 0);
	}

	/* statmount: unknown mount, short buffers, the first mount in full */
	memset(&req, 0, sizeof(req));
	req.size = 24;
	req.mnt_id = (uint64_t) -1;
	req.param = 0x1 | 0x2;
	syscall(NR_statmount, &req, big, sizeof(big), 0);
	syscall(NR_statmount, BAD, big, sizeof(big), 0);
	syscall(NR_statmount, &req, BAD, 512, 0x8);
	if (!first)
		return;
	req.mnt_id = first;
	req.param = 0x1 | 0x20 | 0x8 | 0x10;
	syscall(NR_statmount, &req, big, 16, 0);            /* EOVERFLOW */
	syscall(NR_statmount, &req, big, 530, 0);           /* strings do not fit */
	syscall(NR_statmount, &req, big, sizeof(big), 0);
	req.param = 0x1 | 0x2 | 0x4 | 0x8 | 0x10 | 0x20 | 0x80 | 0x100 | 0x200 | 0x400 | 0x800 | 0x1000;
	syscall(NR_statmount, &req, big, sizeof(big), 0);
	req.param = 0x8000;                                 /* unknown bit */
	syscall(NR_statmount, &req, big, sizeof(big), 0);
}

static void lsm(void)
{
	static unsigned char buf[4096];
	struct lsm_ctx *ctx = (struct lsm_ctx *) buf;
	uint64_t mods[16];
	uint32_t size;

	syscall(NR_lsm_list_modules, NULL, NULL, 0);
	size = sizeof(mods);
	syscall(NR_lsm_list_modules, mods, &size, 0);
	size = 8;                                           /* E2BIG, size updated */
	syscall(NR_lsm_list_modules, mods, &size, 0);
	size = sizeof(mods);
	syscall(NR_lsm_list_modules, BAD, &size, 0);
	syscall(NR_lsm_list_modules, mods, BAD, 0);
	size = sizeof(mods);
	syscall(NR_lsm_list_modules, mods, &size, 1);       /* EINVAL */

	syscall(NR_lsm_get_self_attr, 0, NULL, NULL, 0);
	size = sizeof(buf);
	syscall(NR_lsm_get_self_attr, 100, buf, &size, 0);  /* LSM_ATTR_CURRENT */
	size = 8;
	syscall(NR_lsm_get_self_attr, 100, buf, &size, 0);
	size = sizeof(buf);
	syscall(NR_lsm_get_self_attr, 101, buf, &size, 0x4);
	memset(buf, 0, 64);
	ctx->id = 104;                                      /* LSM_ID_APPARMOR */
	size = sizeof(buf);
	syscall(NR_lsm_get_self_attr, 100, buf, &size, 1);
	syscall(NR_lsm_get_self_attr, 200, buf, BAD, 0);

	/* lsm_set_self_attr: the kernel refuses any non-zero flags first */
	memset(buf, 0, 64);
	ctx->id = 104;
	ctx->len = sizeof(*ctx) + 8;
	ctx->ctx_len = 8;
	memcpy(ctx->ctx, "unconfi\0", 8);
	syscall(NR_lsm_set_self_attr, 100, ctx, sizeof(*ctx) + 8, 1);
	syscall(NR_lsm_set_self_attr, 0, NULL, 0, 1);
	syscall(NR_lsm_set_self_attr, 100, BAD, 64, 0x10);
	syscall(NR_lsm_set_self_attr, 106, ctx, 16, 2);
}

static void xattrs(void)
{
	const char *path = "/tmp/mt/new_x";
	struct xattr_args args;
	char val[64], list[128];
	struct { struct xattr_args a; uint64_t extra; } longer;
	int fd;

	unlink(path);
	fd = open(path, O_RDWR | O_CREAT | O_TRUNC, 0600);

	memset(&args, 0, sizeof(args));
	args.value = (uintptr_t) "v";
	args.size = 1;
	args.flags = 1;                                     /* XATTR_CREATE */
	syscall(NR_setxattrat, AT_FDCWD, path, 0, "user.a", &args, sizeof(args));
	syscall(NR_setxattrat, AT_FDCWD, path, 0, "user.a", &args, sizeof(args));  /* EEXIST */
	args.value = (uintptr_t) "with \"quotes\"\n\0";
	args.size = 15;
	args.flags = 0;
	syscall(NR_setxattrat, fd, "", 0x1000, "user.b", &args, sizeof(args));
	args.flags = 0x8;
	syscall(NR_setxattrat, fd, "", 0x1000, "user.b", &args, sizeof(args));
	syscall(NR_setxattrat, AT_FDCWD, path, 0x4, "user.b", &args, sizeof(args));
	syscall(NR_setxattrat, AT_FDCWD, path, 0, "user.c", &args, 8);
	syscall(NR_setxattrat, AT_FDCWD, path, 0, "user.c", BAD, sizeof(args));
	memset(&longer, 0, sizeof(longer));
	longer.a.value = (uintptr_t) "w";
	longer.a.size = 1;
	longer.extra = 0xff;
	syscall(NR_setxattrat, AT_FDCWD, path, 0, "user.c", &longer, sizeof(longer));  /* E2BIG */

	memset(&args, 0, sizeof(args));
	args.value = (uintptr_t) val;
	args.size = sizeof(val);
	syscall(NR_getxattrat, fd, "", 0x1000, "user.a", &args, sizeof(args));
	syscall(NR_getxattrat, AT_FDCWD, path, 0x100, "user.b", &args, sizeof(args));
	syscall(NR_getxattrat, AT_FDCWD, path, 0, "user.none", &args, sizeof(args));
	args.size = 0;                                      /* the length only */
	syscall(NR_getxattrat, AT_FDCWD, path, 0, "user.b", &args, sizeof(args));
	args.size = 2;                                      /* ERANGE */
	syscall(NR_getxattrat, AT_FDCWD, path, 0, "user.b", &args, sizeof(args));
	args.size = sizeof(val);
	args.value = (uintptr_t) BAD;
	syscall(NR_getxattrat, AT_FDCWD, path, 0, "user.b", &args, sizeof(args));
	syscall(NR_getxattrat, AT_FDCWD, path, 0, "user.b", BAD, sizeof(args));
	syscall(NR_getxattrat, AT_FDCWD, path, 0, "user.b", &args, 4);

	syscall(NR_listxattrat, AT_FDCWD, path, 0, list, sizeof(list));
	syscall(NR_listxattrat, fd, "", 0x1000, NULL, 0);
	syscall(NR_listxattrat, AT_FDCWD, path, 0, list, 3);  /* ERANGE */
	syscall(NR_listxattrat, AT_FDCWD, path, 0x2, list, sizeof(list));
	syscall(NR_listxattrat, AT_FDCWD, "/tmp/mt/new_none", 0, list, sizeof(list));

	syscall(NR_removexattrat, AT_FDCWD, path, 0x100, "user.a");
	syscall(NR_removexattrat, fd, "", 0x1000, "user.b");
	syscall(NR_removexattrat, AT_FDCWD, path, 0, "user.a");   /* ENODATA */
	syscall(NR_removexattrat, AT_FDCWD, path, 0x8000, BAD);

	close(fd);
	unlink(path);
}

static void trees(void)
{
	const char *dir = "/tmp/mt/new_dir";
	struct mount_attr attr;
	struct { struct mount_attr a; uint64_t extra; } longer;
	long fd;

	rmdir(dir);
	mkdir(dir, 0700);
	memset(&attr, 0, sizeof(attr));
	attr.attr_set = 0x1 | 0x2;                          /* RDONLY|NOSUID */
	/* detached copies only: nothing of the namespace changes */
	fd = syscall(NR_open_tree_attr, AT_FDCWD, dir, 0x1 | 0x80000, &attr, sizeof(attr));
	if (fd >= 0) close(fd);
	fd = syscall(NR_open_tree_attr, AT_FDCWD, dir, 0x80000, NULL, 0);
	if (fd >= 0) close(fd);
	fd = syscall(NR_open_tree_attr, AT_FDCWD, dir, 0x1 | 0x80000, &attr, 16);
	if (fd >= 0) close(fd);
	attr.attr_clr = 0x70;
	attr.attr_set = 0x10 | 0x400;
	attr.propagation = 0x40000;
	fd = syscall(NR_open_tree_attr, AT_FDCWD, dir, 0x1 | 0x80000 | 0x40, &attr, sizeof(attr));
	if (fd >= 0) close(fd);
	memset(&longer, 0, sizeof(longer));
	longer.extra = 0x1;
	fd = syscall(NR_open_tree_attr, AT_FDCWD, dir, 0x1 | 0x80000, &longer, sizeof(longer));
	if (fd >= 0) close(fd);
	fd = syscall(NR_open_tree_attr, AT_FDCWD, dir, 0x1 | 0x80000, BAD, sizeof(attr));
	if (fd >= 0) close(fd);
	rmdir(dir);
}

static void fileattr(void)
{
	const char *path = "/tmp/mt/new_fa";
	struct file_attr fa;
	struct { struct file_attr a; uint64_t extra; } longer;
	int fd;

	unlink(path);
	fd = open(path, O_RDWR | O_CREAT | O_TRUNC, 0600);
	memset(&fa, 0, sizeof(fa));
	syscall(NR_file_getattr, AT_FDCWD, path, &fa, sizeof(fa), 0);
	syscall(NR_file_getattr, fd, "", &fa, sizeof(fa), 0x1000);
	syscall(NR_file_getattr, AT_FDCWD, path, &fa, 8, 0);
	syscall(NR_file_getattr, AT_FDCWD, path, BAD, sizeof(fa), 0x100);
	syscall(NR_file_getattr, AT_FDCWD, path, &fa, sizeof(fa), 0x2);
	memset(&fa, 0, sizeof(fa));
	syscall(NR_file_setattr, AT_FDCWD, path, &fa, sizeof(fa), 0);
	fa.fa_xflags = 0x10 | 0x4;
	fa.fa_projid = 0x7;
	syscall(NR_file_setattr, fd, "", &fa, sizeof(fa), 0x1000);
	memset(&longer, 0, sizeof(longer));
	longer.extra = 0x2;
	syscall(NR_file_setattr, AT_FDCWD, path, &longer, sizeof(longer), 0);
	syscall(NR_file_setattr, AT_FDCWD, path, &fa, 8192, 0);
	close(fd);
	unlink(path);
}

static void namespaces(void)
{
	struct ns_id_req req;
	uint64_t nsids[4];
	uint32_t size = 31;

	syscall(NR_listns, NULL, NULL, 0, 0);
	syscall(NR_listns, &size, nsids, 4, 0);
	memset(&req, 0, sizeof(req));
	req.size = sizeof(req);
	req.ns_type = 0x4000000;                            /* UTS_NS: the first one */
	syscall(NR_listns, &req, nsids, 1, 0);
	syscall(NR_listns, &req, BAD, 1, 0);
	req.ns_type = 0x10000000 | 0x1;
	req.user_ns_id = (uint64_t) -1;                     /* LISTNS_CURRENT_USER */
	syscall(NR_listns, &req, nsids, 1, 0);
	req.spare = 3;
	syscall(NR_listns, &req, nsids, 1, 0x4);
}

static void shadow(void)
{
	long addr;

	syscall(NR_map_shadow_stack, 0, 0, 0);
	syscall(NR_map_shadow_stack, 0, 4096, 0x8);
	addr = syscall(NR_map_shadow_stack, 0, 4096, 0x1);
	if (addr > 0) munmap((void *) addr, 4096);
	addr = syscall(NR_map_shadow_stack, 0x10000, 4096, 0x1 | 0x2);
	if (addr > 0) munmap((void *) addr, 4096);
}

int main(void)
{
	mkdir("/tmp/mt", 0777);
	mounts();
	lsm();
	xattrs();
	trees();
	fileattr();
	namespaces();
	shadow();
	return 0;
}
