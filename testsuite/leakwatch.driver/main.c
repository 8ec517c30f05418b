/* Input of driver.exp: the rest of an -flto program.  */
void fire_and_forget (void);
int main (void) { fire_and_forget (); return 0; }
