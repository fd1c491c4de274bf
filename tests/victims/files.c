/* files.c: a victim doing the common file syscalls, successes and failures. */
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	const char *dir = argc > 1 ? argv[1] : "/tmp";
	char path[512], buf[256], link[512];
	struct stat st;
	int fd;

	snprintf(path, sizeof path, "%s/victim-file.txt", dir);
	fd = openat(AT_FDCWD, path, O_WRONLY | O_CREAT | O_TRUNC, 0640);
	write(fd, "hello, world\n", 13);
	write(fd, "line two\twith tab\n", 18);
	fstat(fd, &st);
	close(fd);
	fd = open(path, O_RDONLY);
	read(fd, buf, sizeof buf);
	lseek(fd, 2, SEEK_SET);
	pread(fd, buf, 5, 1);
	lseek(fd, -3, SEEK_END);
	close(fd);
	stat(path, &st);
	lstat(path, &st);
	access(path, R_OK | W_OK);
	access("/nonexistent/file", F_OK);
	open("/nonexistent/dir/file", O_RDONLY);
	openat(AT_FDCWD, dir, O_RDONLY | O_DIRECTORY);
	readlink("/proc/self/exe", link, sizeof link);
	readlink(path, link, sizeof link);
	close(12345);
	read(-1, buf, 10);
	unlink(path);
	return 3;
}
