import bz2,sys
# Unihan kTGH: the characters of the 通用规范汉字表 (2013) with their position in it, in code order: "一<TAB>2013:1".
out=[]
for line in bz2.open(sys.argv[1],'rt',encoding='utf-8'):
    if line.startswith('#') or not line.strip(): continue
    cp,field,val=line.rstrip('\n').split('\t')
    if field=='kTGH': out.append((int(cp[2:],16),val))
sys.stdout.write(''.join(chr(c)+'\t'+v+'\n' for c,v in sorted(out)))
