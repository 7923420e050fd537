// The floor for listing a work tree on this machine: two threads that only read directories
// (no ignore rules, no index, no file contents). Benchmarks/scaffold/run.sh times it beside
// `git ls-files`, to show how much of init's time any untracked-file listing must spend.
// Usage: walk-floor DIR
#define _GNU_SOURCE
#include <dirent.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <sys/syscall.h>
// Two threads share a stack of directory descriptors.
static int stack[1<<20]; static int top; static int busy; static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static long files[2];
static void *worker(void *arg) {
    long id = (long)arg; char buf[32768];
    for (;;) {
        pthread_mutex_lock(&m);
        if (top == 0) { if (busy == 0) { pthread_mutex_unlock(&m); return 0; } pthread_mutex_unlock(&m); sched_yield(); continue; }
        int fd = stack[--top]; busy++; pthread_mutex_unlock(&m);
        long n, total = 0;
        while ((n = syscall(SYS_getdents64, fd, buf + total, sizeof(buf) - total)) > 0) { total += n; if (total > sizeof(buf) - 4096) break; }
        for (long off = 0; off < total;) {
            struct dirent64 *d = (struct dirent64 *)(buf + off); off += d->d_reclen;
            if (d->d_name[0] == '.' && (d->d_name[1] == 0 || (d->d_name[1] == '.' && d->d_name[2] == 0))) continue;
            if (strcmp(d->d_name, ".git") == 0) continue;
            if (d->d_type == DT_DIR) { int c = openat(fd, d->d_name, O_RDONLY | O_DIRECTORY | O_CLOEXEC); if (c >= 0) { pthread_mutex_lock(&m); stack[top++] = c; pthread_mutex_unlock(&m); } }
            else files[id]++;
        }
        close(fd);
        pthread_mutex_lock(&m); busy--; pthread_mutex_unlock(&m);
    }
}
int main(int argc, char **argv) {
    stack[top++] = open(argv[1], O_RDONLY | O_DIRECTORY);
    pthread_t t[2]; for (long i = 0; i < 2; i++) pthread_create(&t[i], 0, worker, (void *)i);
    for (int i = 0; i < 2; i++) pthread_join(t[i], 0);
    printf("%ld files\n", files[0] + files[1]);
}
