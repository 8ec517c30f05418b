/* Input of summary.exp: the rest of an -flto program.  */
int top (void *arg);
int main (void) { return top (0) < 0; }
