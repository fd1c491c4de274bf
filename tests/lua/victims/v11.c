/* Victim for the decoder specs and the differential suite: System V IPC
 * (shmget shmat shmctl shmdt semget semop semtimedop semctl msgget msgsnd
 * msgrcv msgctl) and POSIX message queues (mq_open mq_unlink mq_timedsend
 * mq_timedreceive mq_notify mq_getsetattr): successes and failures (EINVAL,
 * EFAULT with a bad pointer, ENOENT, EEXIST, EACCES, E2BIG, ENOMSG, EAGAIN,
 * ETIMEDOUT, EMSGSIZE, EBADF), and every structure the decoders print.
 * Every call goes through syscall(2), so that no libc wrapper hides or
 * changes it.
 * Build: cc -O0 -w -o v11 v11.c -lutil -lpthread -lrt
 *
 * It first moves to a new IPC namespace (unshare(CLONE_NEWIPC)), so that the
 * identifiers the kernel hands out, and the message queues, are the same on
 * every run and nobody else's objects are seen.  If that fails it carries on
 * in the current namespace (identifiers may then vary between runs).  Every
 * object is removed at the end (IPC_RMID, mq_unlink).  Nothing blocks: waits
 * use IPC_NOWAIT, O_NONBLOCK or a timeout already past.
 * Times (shm_atime, msg_stime, ...) and pids (shm_cpid, msg_lspid, GETPID)
 * inside the printed structures change from run to run: compare after
 * normalising those fields.
 * Scratch directory /tmp/mt (only made, nothing is written there). */
#define _GNU_SOURCE
#include <unistd.h>
#include <fcntl.h>
#include <signal.h>
#include <stdint.h>
#include <string.h>
#include <sched.h>
#include <time.h>
#include <sys/syscall.h>
#include <sys/stat.h>
#include <sys/ipc.h>
#include <sys/shm.h>
#include <sys/sem.h>
#include <sys/msg.h>
#include <linux/mqueue.h>

#define BAD ((void *) 1)
#define IPC_64 0x0100	/* linux/ipc.h */
#define S(...) syscall(__VA_ARGS__)

#define KSHM  0x6d740b01
#define KSHM2 0xed740b02
#define KSEM  0x6d740b11
#define KMSG  0x6d740b21

#ifndef SHM_HUGE_2MB
#define SHM_HUGE_2MB (21 << 26)
#endif

struct kmq_attr { long mq_flags, mq_maxmsg, mq_msgsize, mq_curmsgs, pad[4]; };
struct ksigevent {
  union { int i; void *p; } value;
  int signo, notify;
  union { int tid; struct { void *fn; void *attr; } t; int pad[12]; } u;
};

static void gone_shm(key_t k)
{
  long id = S(SYS_shmget, k, 0, 0);
  if (id >= 0) S(SYS_shmctl, id, IPC_RMID, NULL);
}

static void shm(void)
{
  struct shmid_ds ds;
  struct shminfo si;
  struct shm_info sinfo;
  long id, id2, id3, h;
  void *a1, *a2, *a3;

  gone_shm(KSHM);
  gone_shm(KSHM2);
  S(SYS_shmget, KSHM2, 4096, 0xf0000000 | 0x10000 | 0600);       /* ENOENT */
  S(SYS_shmget, KSHM2, 4096, 0xf0000000 | 0600);                 /* ENOENT */
  S(SYS_shmget, KSHM2, 4096, 0x10000);                           /* ENOENT */
  id = S(SYS_shmget, KSHM, 8192, IPC_CREAT | IPC_EXCL | 0600);
  S(SYS_shmget, KSHM, 8192, IPC_CREAT | IPC_EXCL | 0600);        /* EEXIST */
  S(SYS_shmget, KSHM, 16384, 0);                                  /* EINVAL */
  S(SYS_shmget, KSHM, 0, 0400);
  id2 = S(SYS_shmget, IPC_PRIVATE, 4096, 0640);
  S(SYS_shmget, KSHM2, 0x7fffffffffffffffL, IPC_CREAT | 0600);   /* EINVAL */
  h = S(SYS_shmget, IPC_PRIVATE, 2 << 20, IPC_CREAT | SHM_HUGETLB | SHM_HUGE_2MB | SHM_NORESERVE | 0600);
  if (h >= 0) S(SYS_shmctl, h, IPC_RMID, NULL);
  id3 = S(SYS_shmget, KSHM2, 4096, 0xf0000000 | IPC_CREAT | 0600);  /* unknown bits */
  S(SYS_shmget, IPC_PRIVATE, 4096, 0x0fe0c000 | IPC_EXCL | 07777);     /* EINVAL */
  S(SYS_shmget, IPC_PRIVATE, 4096, IPC_NOWAIT | 0x10000 | 0x20000);
  S(SYS_shmget, KSHM2, 4096, 0);

  a1 = (void *) S(SYS_shmat, id, NULL, 0);
  memcpy(a1, "shared\n", 7);
  a2 = (void *) S(SYS_shmat, id, NULL, SHM_RDONLY);
  a3 = (void *) S(SYS_shmat, id2, NULL, SHM_RDONLY | SHM_EXEC);
  S(SYS_shmat, id, (void *) 0x1001, 0);                           /* EINVAL */
  S(SYS_shmat, -1, NULL, 0);                                      /* EINVAL */
  S(SYS_shmat, id, NULL, SHM_RND | SHM_REMAP);                    /* EINVAL */
  S(SYS_shmat, id, NULL, 0x10000000);                             /* unknown bit */

  S(SYS_shmctl, id, IPC_STAT, &ds);
  S(SYS_shmctl, id, IPC_STAT, BAD);                               /* EFAULT */
  S(SYS_shmctl, id, IPC_STAT | IPC_64, &ds);                      /* EINVAL */
  ds.shm_perm.mode = 0640;
  ds.shm_perm.uid = 0;
  S(SYS_shmctl, id, IPC_SET, &ds);
  S(SYS_shmctl, id, IPC_SET, BAD);                                /* EFAULT */
  ds.shm_perm.uid = -1;
  S(SYS_shmctl, id, IPC_SET, &ds);                                /* EINVAL */
  ds.shm_perm.uid = 0;
  S(SYS_shmctl, id, IPC_SET, NULL);                               /* EFAULT */
  S(SYS_shmctl, 0, IPC_INFO, &si);
  S(SYS_shmctl, 0, IPC_INFO, BAD);
  S(SYS_shmctl, 0, SHM_INFO, &sinfo);
  S(SYS_shmctl, 0, SHM_INFO, BAD);
  S(SYS_shmctl, 0, SHM_STAT, &ds);
  S(SYS_shmctl, 0, SHM_STAT_ANY, &ds);
  S(SYS_shmctl, 999, SHM_STAT, &ds);                              /* EINVAL */
  S(SYS_shmctl, id, SHM_LOCK, NULL);
  S(SYS_shmctl, id, IPC_STAT, &ds);
  S(SYS_shmctl, id, SHM_UNLOCK, NULL);
  S(SYS_shmctl, id3, IPC_STAT, &ds);
  ds.shm_perm.mode = 0;
  S(SYS_shmctl, id3, IPC_SET, &ds);
  S(SYS_shmctl, id3, IPC_STAT, &ds);
  S(SYS_shmctl, id3, IPC_RMID, &ds);
  S(SYS_shmctl, id, IPC_64 | IPC_RMID, NULL);                      /* EINVAL */
  S(SYS_shmctl, id, IPC_64 | 1234, NULL);                          /* EINVAL */
  S(SYS_shmctl, id, IPC_64 | IPC_INFO, &si);                       /* EINVAL */
  S(SYS_shmctl, id, 1234, BAD);                                   /* EINVAL */
  S(SYS_shmctl, id, -1, NULL);                                    /* EINVAL */
  S(SYS_shmctl, -1, IPC_STAT, &ds);                               /* EINVAL */

  S(SYS_shmdt, a1);
  S(SYS_shmdt, a1);                                               /* EINVAL */
  S(SYS_shmdt, BAD);                                              /* EINVAL */
  S(SYS_shmdt, a2);
  S(SYS_shmctl, id2, IPC_RMID, NULL);
  S(SYS_shmctl, id2, IPC_STAT, &ds);
  S(SYS_shmdt, a3);

  S(SYS_shmctl, id, IPC_STAT, &ds);
  S(SYS_shmctl, id2, IPC_RMID, NULL);                             /* EINVAL */
  /* id stays until the EACCES part */
}

static struct sembuf lots[600];

static void gone_sem(key_t k)
{
  long id = S(SYS_semget, k, 0, 0);
  if (id >= 0) S(SYS_semctl, id, 0, IPC_RMID, 0);
}

static void sem(void)
{
  struct semid_ds ds;
  struct seminfo si;
  unsigned short vals[3] = { 2, 0, 7 }, got[3];
  struct sembuf ops[2] = { { 0, -1, IPC_NOWAIT }, { 1, 1, SEM_UNDO } };
  struct sembuf one[1] = { { 1, 0, IPC_NOWAIT } };
  struct sembuf odd[2] = { { 2, -3, 0x6000 | IPC_NOWAIT }, { 2, 3, SEM_UNDO | IPC_NOWAIT } };
  struct timespec ts = { 0, 1000 }, badts = { 0, 2000000000 };
  long id, id2;
  int i;

  gone_sem(KSEM);
  S(SYS_semget, KSEM, 3, 0);                                      /* ENOENT */
  S(SYS_semget, KSEM, 3, 0x10000 | 0600);                         /* ENOENT */
  S(SYS_semget, IPC_PRIVATE, -1, 0x0fe0c000 | IPC_NOWAIT | SHM_HUGETLB | IPC_CREAT | 0644); /* EINVAL */
  id = S(SYS_semget, KSEM, 3, IPC_CREAT | IPC_EXCL | 0600);
  S(SYS_semget, KSEM, 3, IPC_CREAT | IPC_EXCL | 0600);            /* EEXIST */
  S(SYS_semget, IPC_PRIVATE, 100000, 0600);                       /* EINVAL */
  id2 = S(SYS_semget, IPC_PRIVATE, 1, IPC_CREAT | 0666);

  S(SYS_semctl, id, 0, SETVAL, 5L);
  S(SYS_semctl, id, 0, GETVAL, 0L);
  S(SYS_semctl, id, 0, SETALL, vals);
  S(SYS_semctl, id, 0, SETALL, BAD);                              /* EFAULT */
  S(SYS_semctl, id, 0, GETALL, got);
  S(SYS_semctl, id, 0, GETALL, BAD);                              /* EFAULT */
  S(SYS_semctl, id, 1, GETNCNT, 0L);
  S(SYS_semctl, id, 1, GETZCNT, 0L);
  S(SYS_semctl, id, 7, GETVAL, 0L);                               /* EINVAL */
  S(SYS_semctl, id, 0, SETVAL, -1L);                              /* ERANGE */

  S(SYS_semop, id, ops, 2);
  S(SYS_semop, id, ops, 2);                                       /* EAGAIN */
  S(SYS_semop, id, one, 1);                                       /* EAGAIN */
  S(SYS_semop, id, odd, 2);
  S(SYS_semop, id, ops, 0);                                       /* EINVAL */
  S(SYS_semop, id, BAD, 1);                                       /* EFAULT */
  S(SYS_semop, id, NULL, 1);                                      /* EFAULT */
  for (i = 0; i < 600; i++) {
    lots[i].sem_num = i % 3;
    lots[i].sem_op = i % 5 - 2;
    lots[i].sem_flg = i % 7 == 0 ? SEM_UNDO | IPC_NOWAIT : IPC_NOWAIT;
  }
  S(SYS_semop, id, lots, 40);                                     /* EAGAIN */
  S(SYS_semop, id, lots, 501);                                    /* E2BIG */
  S(SYS_semctl, id2, 0, GETPID, 0L);

  ops[0].sem_flg = 0;
  S(SYS_semtimedop, id, ops, 1, &ts);                             /* EAGAIN */
  S(SYS_semtimedop, id, one + 0, 1, NULL);
  S(SYS_semtimedop, id, ops, 1, BAD);                             /* EFAULT */
  S(SYS_semtimedop, id, ops, 1, &badts);                          /* EINVAL */
  S(SYS_semtimedop, -1, BAD, 1, NULL);                            /* EINVAL */

  S(SYS_semctl, id, 0, IPC_STAT, &ds);
  S(SYS_semctl, id, 0, IPC_STAT, BAD);                            /* EFAULT */
  S(SYS_semctl, id, 0, IPC_STAT | IPC_64, &ds);                   /* EINVAL */
  ds.sem_perm.mode = 0640;
  S(SYS_semctl, id, 0, IPC_SET, &ds);
  S(SYS_semctl, id, 0, IPC_SET, BAD);                             /* EFAULT */
  S(SYS_semctl, 0, 0, IPC_INFO, &si);
  S(SYS_semctl, 0, 0, SEM_INFO, &si);
  S(SYS_semctl, 0, 0, SEM_INFO, BAD);
  S(SYS_semctl, 0, 0, SEM_STAT, &ds);
  S(SYS_semctl, 1, 0, SEM_STAT_ANY, &ds);
  S(SYS_semctl, 999, 0, SEM_STAT, &ds);                           /* EINVAL */
  S(SYS_semctl, id, 0, 1234, 0L);                                 /* EINVAL */
  S(SYS_semctl, id, 0, IPC_64 | GETVAL, 0L);                       /* EINVAL */
  S(SYS_semctl, id, 0, IPC_64 | 1234, BAD);                        /* EINVAL */
  S(SYS_semctl, id, 0, IPC_RMID, BAD);
  S(SYS_semctl, id, 0, IPC_RMID, 0L);                             /* EINVAL */
  S(SYS_semctl, id2, 0, IPC_RMID, 0L);
  S(SYS_semctl, -1, 0, GETVAL, 0L);                               /* EINVAL */
}

struct m8 { long mtype; char mtext[8]; };
struct m64 { long mtype; char mtext[64]; };

static void gone_msg(key_t k)
{
  long id = S(SYS_msgget, k, 0, 0);
  if (id >= 0) S(SYS_msgctl, id, IPC_RMID, NULL);
}

static void msg(void)
{
  struct msqid_ds ds;
  struct msginfo mi;
  struct m8 hello = { 1, "hello" };
  struct m64 bin = { 2, "bin\0\1\2\377\tx\n" }, big, rcv, zero = { 0, "z" };
  long id, id2, id3;

  memset(big.mtext, 'A', 64);
  big.mtype = 3;
  memset(&rcv, 0, sizeof rcv);

  gone_msg(KMSG);
  S(SYS_msgget, KMSG, 0);                                         /* ENOENT */
  S(SYS_msgget, KMSG, 0x10000);                                   /* ENOENT */
  id = S(SYS_msgget, KMSG, IPC_CREAT | IPC_EXCL | 0600);
  S(SYS_msgget, KMSG, IPC_CREAT | IPC_EXCL | 0600);               /* EEXIST */
  id2 = S(SYS_msgget, IPC_PRIVATE, 0644);
  id3 = S(SYS_msgget, IPC_PRIVATE, 0x0fe0c000 | IPC_NOWAIT | 07777);
  S(SYS_msgctl, id3, IPC_RMID, NULL);

  S(SYS_msgsnd, id, &hello, 5, 0);
  S(SYS_msgsnd, id, &bin, 10, IPC_NOWAIT);
  S(SYS_msgsnd, id, &big, 64, IPC_NOWAIT);
  S(SYS_msgsnd, id, &hello, 0, IPC_NOWAIT);
  S(SYS_msgsnd, id, BAD, 5, IPC_NOWAIT);                          /* EFAULT */
  S(SYS_msgsnd, id, &zero, 1, IPC_NOWAIT);                        /* EINVAL */
  S(SYS_msgsnd, id, &big, -1L, IPC_NOWAIT);                       /* EINVAL */
  S(SYS_msgsnd, -1, &hello, 5, 0);                                /* EINVAL */
  S(SYS_msgsnd, id, &hello, 5, 0x100000 | IPC_NOWAIT);
  S(SYS_msgsnd, id, &hello, 5, 0x100000);

  S(SYS_msgrcv, id, &rcv, 64, 0L, IPC_NOWAIT);
  S(SYS_msgrcv, id, &rcv, 2, 0L, IPC_NOWAIT);                     /* E2BIG */
  S(SYS_msgrcv, id, &rcv, 2, 0L, IPC_NOWAIT | MSG_NOERROR);
  S(SYS_msgrcv, id, &rcv, 64, 2L, IPC_NOWAIT | MSG_EXCEPT);
  S(SYS_msgrcv, id, &rcv, 64, 0L, IPC_NOWAIT | MSG_COPY);
  S(SYS_msgrcv, id, &rcv, 64, -5L, IPC_NOWAIT);
  S(SYS_msgrcv, id, BAD, 64, 0L, IPC_NOWAIT);                     /* EFAULT */
  S(SYS_msgrcv, id, &rcv, 64, 99L, IPC_NOWAIT);                   /* ENOMSG */
  S(SYS_msgrcv, id, &rcv, -1L, 0L, IPC_NOWAIT);                   /* EINVAL */
  S(SYS_msgrcv, -1, &rcv, 64, 0L, 0);                             /* EINVAL */

  S(SYS_msgctl, id, IPC_STAT, &ds);
  S(SYS_msgctl, id, IPC_STAT, BAD);                               /* EFAULT */
  S(SYS_msgctl, id, IPC_STAT | IPC_64, &ds);                      /* EINVAL */
  ds.msg_perm.mode = 0640;
  ds.msg_qbytes = 8192;
  S(SYS_msgctl, id, IPC_SET, &ds);
  S(SYS_msgctl, id, IPC_SET, BAD);                                /* EFAULT */
  S(SYS_msgctl, 0, IPC_INFO, &mi);
  S(SYS_msgctl, 0, MSG_INFO, &mi);
  S(SYS_msgctl, 0, MSG_INFO, BAD);
  S(SYS_msgctl, 0, MSG_STAT, &ds);
  S(SYS_msgctl, 1, MSG_STAT_ANY, &ds);
  S(SYS_msgctl, 999, MSG_STAT, &ds);                              /* EINVAL */
  S(SYS_msgctl, id, 1234, NULL);                                  /* EINVAL */
  S(SYS_msgctl, id, IPC_64 | MSG_INFO, BAD);                       /* EINVAL */
  S(SYS_msgctl, id2, IPC_RMID, NULL);
  S(SYS_msgctl, id2, IPC_RMID, NULL);                             /* EINVAL */
  /* id stays until the EACCES part */
}

static void mq(void)
{
  struct kmq_attr attr = { 0, 4, 64 }, zero = { 0, 0, 64 }, old, set = { O_NONBLOCK };
  struct ksigevent sev;
  char buf[128];
  char bin[40];
  unsigned prio = 0;
  struct timespec past = { 1, 0 }, soon = { 2000000000L, 5 };
  long q, q2;
  int i;

  for (i = 0; i < 40; i++) bin[i] = i * 7;
  memset(buf, 0, sizeof buf);
  S(SYS_mq_unlink, "ipc_q1");
  S(SYS_mq_unlink, "ipc_q2");
  S(SYS_mq_unlink, "ipc_a_name_longer_than_thirty_two_bytes_0123456789");
  S(SYS_mq_open, "ipc_a_name_longer_than_thirty_two_bytes_0123456789", O_RDONLY, 0, NULL);
  q = S(SYS_mq_open, "ipc_q1", O_RDWR | O_CREAT | O_EXCL | O_NONBLOCK, 0600, &attr);
  S(SYS_mq_open, "ipc_q1", O_RDWR | O_CREAT | O_EXCL, 0600, &attr);    /* EEXIST */
  S(SYS_mq_open, "ipc_nonexistent", O_RDONLY, 0, NULL);               /* ENOENT */
  S(SYS_mq_open, BAD, O_RDONLY, 0, NULL);                              /* EFAULT */
  S(SYS_mq_open, "ipc_q9", O_WRONLY | O_CREAT, 0644, BAD);             /* EFAULT */
  S(SYS_mq_open, "ipc_q9", O_WRONLY | O_CREAT, 0644, &zero);           /* EINVAL */
  S(SYS_mq_open, "ipc/q", O_RDONLY | O_CREAT, 0600, NULL);             /* EACCES */
  q2 = S(SYS_mq_open, "ipc_q2", O_RDWR | O_CREAT | O_CLOEXEC, 0640, NULL);

  S(SYS_mq_timedsend, q, "hello", 5, 3, NULL);
  S(SYS_mq_timedsend, q, bin, 40, 1, &soon);
  S(SYS_mq_timedsend, q, "", 0, 0, NULL);
  S(SYS_mq_timedsend, q, "last one", 8, 32767, NULL);
  S(SYS_mq_timedsend, q, "full", 4, 0, NULL);                          /* EAGAIN */
  S(SYS_mq_timedsend, q, buf, 100, 0, NULL);                           /* EMSGSIZE */
  S(SYS_mq_timedsend, q, BAD, 4, 0, NULL);                             /* EFAULT */
  S(SYS_mq_timedsend, q, "x", 1, 40000, NULL);                         /* EINVAL */
  S(SYS_mq_timedsend, -1, "x", 1, 0, NULL);                            /* EBADF */

  S(SYS_mq_getsetattr, q, NULL, &old);
  S(SYS_mq_getsetattr, q2, &set, &old);
  S(SYS_mq_getsetattr, q2, &zero, NULL);
  S(SYS_mq_getsetattr, q, BAD, NULL);                                  /* EFAULT */
  set.mq_flags = O_NONBLOCK | 0x80003;
  S(SYS_mq_getsetattr, q2, &set, &old);                                /* EINVAL */
  S(SYS_mq_getsetattr, q, NULL, BAD);                                  /* EFAULT */
  S(SYS_mq_getsetattr, -1, NULL, &old);                                /* EBADF */

  memset(&sev, 0, sizeof sev);
  sev.notify = SIGEV_SIGNAL;
  sev.signo = SIGUSR1;
  sev.value.i = 42;
  S(SYS_mq_notify, q2, &sev);
  S(SYS_mq_notify, q2, &sev);                                          /* EBUSY */
  S(SYS_mq_notify, q2, NULL);
  sev.notify = SIGEV_NONE;
  S(SYS_mq_notify, q2, &sev);
  S(SYS_mq_notify, q2, NULL);
  sev.notify = SIGEV_THREAD;
  sev.signo = -1;
  S(SYS_mq_notify, q2, &sev);                                          /* EBADF */
  sev.notify = SIGEV_THREAD_ID;
  sev.signo = SIGUSR2;
  sev.u.tid = 1;
  S(SYS_mq_notify, q2, &sev);                                          /* EINVAL */
  sev.notify = 77;
  S(SYS_mq_notify, q2, &sev);                                          /* EINVAL */
  S(SYS_mq_notify, q2, BAD);                                           /* EFAULT */
  S(SYS_mq_notify, -1, NULL);                                          /* EBADF */

  memset(buf, 0, sizeof buf);
  S(SYS_mq_timedreceive, q, buf, 64, &prio, NULL);
  S(SYS_mq_timedreceive, q, buf, 64, &prio, NULL);
  S(SYS_mq_timedreceive, q, buf, 128, NULL, NULL);
  S(SYS_mq_timedreceive, q, buf, 16, &prio, NULL);                     /* EMSGSIZE */
  S(SYS_mq_timedreceive, q, buf, 64, BAD, NULL);
  S(SYS_mq_timedreceive, q, buf, 64, &prio, NULL);                     /* EAGAIN */
  S(SYS_mq_timedreceive, q2, buf, 8192, &prio, &past);                 /* ETIMEDOUT */
  S(SYS_mq_timedreceive, q2, buf, 8192, &prio, BAD);                   /* EFAULT */
  S(SYS_mq_timedsend, q2, "abc", 3, 9, &past);
  S(SYS_mq_timedreceive, q2, BAD, 8192, &prio, &past);                 /* EFAULT */
  S(SYS_mq_timedreceive, -1, buf, 64, &prio, NULL);                    /* EBADF */

  S(SYS_close, q);
  S(SYS_close, q2);
  S(SYS_mq_unlink, "ipc_q2");
  S(SYS_mq_unlink, BAD);                                               /* EFAULT */
  S(SYS_mq_unlink, "ipc_q2");                                          /* ENOENT */
  /* ipc_q1 stays until the EACCES part */
}

/* As an unprivileged effective user: objects with mode 0600 refuse access. */
static void noaccess(void)
{
  long shmid = S(SYS_shmget, KSHM, 0, 0);
  long msgid = S(SYS_msgget, KMSG, 0);

  S(SYS_setresuid, -1, 65534, -1);
  S(SYS_shmget, KSHM, 0, 0200);                                        /* EACCES */
  S(SYS_msgget, KMSG, 0200);                                           /* EACCES */
  S(SYS_mq_open, "ipc_q1", O_RDONLY, 0, NULL);                         /* EACCES */
  S(SYS_mq_unlink, "ipc_q1");                                          /* EACCES */
  S(SYS_setresuid, -1, 0, -1);
  S(SYS_shmctl, shmid, IPC_RMID, NULL);
  S(SYS_msgctl, msgid, IPC_RMID, NULL);
  S(SYS_mq_unlink, "ipc_q1");
}

int main(void)
{
  mkdir("/tmp/mt", 0777);
  S(SYS_unshare, CLONE_NEWIPC);
  shm();
  sem();
  msg();
  mq();
  noaccess();
  return 0;
}
