# usage: zsh -f ztest.zsh SCRIPT "WORDS TYPED"; types the words and Tab in an interactive zsh,
# presses Enter, and prints the words the command received
zmodload zsh/zpty
zpty z zsh -f -i
out=""
await() {   # reads the terminal until the pattern $1 shows, for at most 10 s
  local chunk
  for i in {1..100}; do
    while zpty -r -t z chunk; do out+=$chunk; done
    [[ $out == ${~1} ]] && return 0
    sleep 0.1
  done
  print -u2 "zsh never showed $1"; exit 1
}
zpty -w z "PROMPT='> '; autoload -U compinit && compinit -u; source ${(q)1}; chaosday() { print -r -- \"GOT[\$*]\" }; echo RE''ADY"
await '*READY*'
out=""
zpty -w -n z "${2}"$'\t'
sleep 0.5
zpty -w -n z $'\n'
await '*GOT\[*\]*'
got=${out##*GOT\[}
print -r -- "${got%%\]*}"
zpty -d z
