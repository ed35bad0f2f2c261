import bz2,re,sys
# Unihan kMandarin (first, the customary reading) then the other readings of kXHC1983, per BMP ideograph.
mand={};xhc={}
for line in bz2.open(sys.argv[1],'rt',encoding='utf-8'):
    if line.startswith('#') or not line.strip(): continue
    cp,field,val=line.rstrip('\n').split('\t')
    c=int(cp[2:],16)
    if not (0x4E00<=c<=0x9FFF or 0x3400<=c<=0x4DBF or 0xF900<=c<=0xFAFF): continue
    if field=='kMandarin': mand[c]=val.split()
    elif field=='kXHC1983': xhc[c]=[r.split(':')[1] for r in val.split()]
out=[]
for c in sorted(set(mand)|set(xhc)):
    rs=[]
    for r in mand.get(c,[])+xhc.get(c,[]):
        if r not in rs: rs.append(r)
    out.append(chr(c)+'\t'+' '.join(rs))
sys.stdout.write('\n'.join(out)+'\n')
