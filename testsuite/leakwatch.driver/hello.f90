! Input of driver.exp: the plugin is inert in other front ends.
program hello
  print *, "hello"
end program hello
