"""The ``__init__`` of each of deckbuild's dataclasses as ``dataclasses`` writes it (on Python 3.11), compiled
with the package instead of at every start (deckbuild.records). Written by scripts/records_code.py, not by
hand: tests/test_records.py checks that it is current."""
# flake8: noqa
# fmt: off

PYTHON = (3, 11)
CODE = {}  # source → the code of its __create_fn__

def __create_fn__(_type_audience, _type_slides, _type_slides_dropped, _type_bullets, _type_bullets_dropped, _type_variants, _type_dropped_titles, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_slides, _dflt_slides_dropped, _dflt_bullets, _dflt_bullets_dropped, _dflt_variants, _dflt_dropped_titles, _return_type):
 def __init__(self,audience:_type_audience,slides:_type_slides=_dflt_slides,slides_dropped:_type_slides_dropped=_dflt_slides_dropped,bullets:_type_bullets=_dflt_bullets,bullets_dropped:_type_bullets_dropped=_dflt_bullets_dropped,variants:_type_variants=_dflt_variants,dropped_titles:_type_dropped_titles=_HAS_DEFAULT_FACTORY)->_return_type:
  self.audience=audience
  self.slides=slides
  self.slides_dropped=slides_dropped
  self.bullets=bullets
  self.bullets_dropped=bullets_dropped
  self.variants=variants
  self.dropped_titles=_dflt_dropped_titles() if dropped_titles is _HAS_DEFAULT_FACTORY else dropped_titles
 return __init__


CODE['def __create_fn__(_type_audience, _type_slides, _type_slides_dropped, _type_bullets, _type_bullets_dropped, _type_variants, _type_dropped_titles, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_slides, _dflt_slides_dropped, _dflt_bullets, _dflt_bullets_dropped, _dflt_variants, _dflt_dropped_titles, _return_type):\n def __init__(self,audience:_type_audience,slides:_type_slides=_dflt_slides,slides_dropped:_type_slides_dropped=_dflt_slides_dropped,bullets:_type_bullets=_dflt_bullets,bullets_dropped:_type_bullets_dropped=_dflt_bullets_dropped,variants:_type_variants=_dflt_variants,dropped_titles:_type_dropped_titles=_HAS_DEFAULT_FACTORY)->_return_type:\n  self.audience=audience\n  self.slides=slides\n  self.slides_dropped=slides_dropped\n  self.bullets=bullets\n  self.bullets_dropped=bullets_dropped\n  self.variants=variants\n  self.dropped_titles=_dflt_dropped_titles() if dropped_titles is _HAS_DEFAULT_FACTORY else dropped_titles\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_balance, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,*,balance:_type_balance)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'balance',balance)
 return __init__


CODE["def __create_fn__(_type_balance, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,*,balance:_type_balance)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'balance',balance)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_boxes, _type_x, _type_y, _type_w, _type_h, _type_frames, _type_bodies, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_frames, _dflt_bodies, _return_type):
 def __init__(self,boxes:_type_boxes,x:_type_x,y:_type_y,w:_type_w,h:_type_h,frames:_type_frames=_dflt_frames,bodies:_type_bodies=_dflt_bodies)->_return_type:
  self.boxes=boxes
  self.x=x
  self.y=y
  self.w=w
  self.h=h
  self.frames=frames
  self.bodies=bodies
 return __init__


CODE['def __create_fn__(_type_boxes, _type_x, _type_y, _type_w, _type_h, _type_frames, _type_bodies, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_frames, _dflt_bodies, _return_type):\n def __init__(self,boxes:_type_boxes,x:_type_x,y:_type_y,w:_type_w,h:_type_h,frames:_type_frames=_dflt_frames,bodies:_type_bodies=_dflt_bodies)->_return_type:\n  self.boxes=boxes\n  self.x=x\n  self.y=y\n  self.w=w\n  self.h=h\n  self.frames=frames\n  self.bodies=bodies\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_char, _type_face, _type_size, _type_color, _type_x, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,char:_type_char,face:_type_face,size:_type_size,color:_type_color,x:_type_x)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'char',char)
  __dataclass_builtins_object__.__setattr__(self,'face',face)
  __dataclass_builtins_object__.__setattr__(self,'size',size)
  __dataclass_builtins_object__.__setattr__(self,'color',color)
  __dataclass_builtins_object__.__setattr__(self,'x',x)
 return __init__


CODE["def __create_fn__(_type_char, _type_face, _type_size, _type_color, _type_x, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,char:_type_char,face:_type_face,size:_type_size,color:_type_color,x:_type_x)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'char',char)\n  __dataclass_builtins_object__.__setattr__(self,'face',face)\n  __dataclass_builtins_object__.__setattr__(self,'size',size)\n  __dataclass_builtins_object__.__setattr__(self,'color',color)\n  __dataclass_builtins_object__.__setattr__(self,'x',x)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_color, _type_image, _type_pos, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_color, _dflt_image, _dflt_pos, _return_type):
 def __init__(self,color:_type_color=_dflt_color,image:_type_image=_dflt_image,pos:_type_pos=_dflt_pos)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'color',color)
  __dataclass_builtins_object__.__setattr__(self,'image',image)
  __dataclass_builtins_object__.__setattr__(self,'pos',pos)
 return __init__


CODE["def __create_fn__(_type_color, _type_image, _type_pos, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_color, _dflt_image, _dflt_pos, _return_type):\n def __init__(self,color:_type_color=_dflt_color,image:_type_image=_dflt_image,pos:_type_pos=_dflt_pos)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'color',color)\n  __dataclass_builtins_object__.__setattr__(self,'image',image)\n  __dataclass_builtins_object__.__setattr__(self,'pos',pos)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_columns, _type_rows, _type_pos, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_pos, _return_type):
 def __init__(self,columns:_type_columns,rows:_type_rows,pos:_type_pos=_dflt_pos)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'columns',columns)
  __dataclass_builtins_object__.__setattr__(self,'rows',rows)
  __dataclass_builtins_object__.__setattr__(self,'pos',pos)
 return __init__


CODE["def __create_fn__(_type_columns, _type_rows, _type_pos, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_pos, _return_type):\n def __init__(self,columns:_type_columns,rows:_type_rows,pos:_type_pos=_dflt_pos)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'columns',columns)\n  __dataclass_builtins_object__.__setattr__(self,'rows',rows)\n  __dataclass_builtins_object__.__setattr__(self,'pos',pos)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_cover_title, _type_section_title, _type_quote, _type_attribution, _type_min_attribution, _type_statement, _type_table, _type_timeline, _type_math, _type_grow, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,*,cover_title:_type_cover_title,section_title:_type_section_title,quote:_type_quote,attribution:_type_attribution,min_attribution:_type_min_attribution,statement:_type_statement,table:_type_table,timeline:_type_timeline,math:_type_math,grow:_type_grow)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'cover_title',cover_title)
  __dataclass_builtins_object__.__setattr__(self,'section_title',section_title)
  __dataclass_builtins_object__.__setattr__(self,'quote',quote)
  __dataclass_builtins_object__.__setattr__(self,'attribution',attribution)
  __dataclass_builtins_object__.__setattr__(self,'min_attribution',min_attribution)
  __dataclass_builtins_object__.__setattr__(self,'statement',statement)
  __dataclass_builtins_object__.__setattr__(self,'table',table)
  __dataclass_builtins_object__.__setattr__(self,'timeline',timeline)
  __dataclass_builtins_object__.__setattr__(self,'math',math)
  __dataclass_builtins_object__.__setattr__(self,'grow',grow)
 return __init__


CODE["def __create_fn__(_type_cover_title, _type_section_title, _type_quote, _type_attribution, _type_min_attribution, _type_statement, _type_table, _type_timeline, _type_math, _type_grow, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,*,cover_title:_type_cover_title,section_title:_type_section_title,quote:_type_quote,attribution:_type_attribution,min_attribution:_type_min_attribution,statement:_type_statement,table:_type_table,timeline:_type_timeline,math:_type_math,grow:_type_grow)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'cover_title',cover_title)\n  __dataclass_builtins_object__.__setattr__(self,'section_title',section_title)\n  __dataclass_builtins_object__.__setattr__(self,'quote',quote)\n  __dataclass_builtins_object__.__setattr__(self,'attribution',attribution)\n  __dataclass_builtins_object__.__setattr__(self,'min_attribution',min_attribution)\n  __dataclass_builtins_object__.__setattr__(self,'statement',statement)\n  __dataclass_builtins_object__.__setattr__(self,'table',table)\n  __dataclass_builtins_object__.__setattr__(self,'timeline',timeline)\n  __dataclass_builtins_object__.__setattr__(self,'math',math)\n  __dataclass_builtins_object__.__setattr__(self,'grow',grow)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_cx, _type_cy, _type_r, _type_start, _type_extent, _type_fill, _type_line, _type_line_width, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_line, _dflt_line_width, _return_type):
 def __init__(self,cx:_type_cx,cy:_type_cy,r:_type_r,start:_type_start,extent:_type_extent,fill:_type_fill,line:_type_line=_dflt_line,line_width:_type_line_width=_dflt_line_width)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'cx',cx)
  __dataclass_builtins_object__.__setattr__(self,'cy',cy)
  __dataclass_builtins_object__.__setattr__(self,'r',r)
  __dataclass_builtins_object__.__setattr__(self,'start',start)
  __dataclass_builtins_object__.__setattr__(self,'extent',extent)
  __dataclass_builtins_object__.__setattr__(self,'fill',fill)
  __dataclass_builtins_object__.__setattr__(self,'line',line)
  __dataclass_builtins_object__.__setattr__(self,'line_width',line_width)
 return __init__


CODE["def __create_fn__(_type_cx, _type_cy, _type_r, _type_start, _type_extent, _type_fill, _type_line, _type_line_width, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_line, _dflt_line_width, _return_type):\n def __init__(self,cx:_type_cx,cy:_type_cy,r:_type_r,start:_type_start,extent:_type_extent,fill:_type_fill,line:_type_line=_dflt_line,line_width:_type_line_width=_dflt_line_width)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'cx',cx)\n  __dataclass_builtins_object__.__setattr__(self,'cy',cy)\n  __dataclass_builtins_object__.__setattr__(self,'r',r)\n  __dataclass_builtins_object__.__setattr__(self,'start',start)\n  __dataclass_builtins_object__.__setattr__(self,'extent',extent)\n  __dataclass_builtins_object__.__setattr__(self,'fill',fill)\n  __dataclass_builtins_object__.__setattr__(self,'line',line)\n  __dataclass_builtins_object__.__setattr__(self,'line_width',line_width)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_date, _type_text, _type_pos, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_pos, _return_type):
 def __init__(self,date:_type_date,text:_type_text,pos:_type_pos=_dflt_pos)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'date',date)
  __dataclass_builtins_object__.__setattr__(self,'text',text)
  __dataclass_builtins_object__.__setattr__(self,'pos',pos)
 return __init__


CODE["def __create_fn__(_type_date, _type_text, _type_pos, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_pos, _return_type):\n def __init__(self,date:_type_date,text:_type_text,pos:_type_pos=_dflt_pos)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'date',date)\n  __dataclass_builtins_object__.__setattr__(self,'text',text)\n  __dataclass_builtins_object__.__setattr__(self,'pos',pos)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_deck, _type_style, _type_fonts, _type_models, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_models, _return_type):
 def __init__(self,deck:_type_deck,style:_type_style,fonts:_type_fonts,models:_type_models=_dflt_models)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'deck',deck)
  __dataclass_builtins_object__.__setattr__(self,'style',style)
  __dataclass_builtins_object__.__setattr__(self,'fonts',fonts)
  __dataclass_builtins_object__.__setattr__(self,'models',models)
 return __init__


CODE["def __create_fn__(_type_deck, _type_style, _type_fonts, _type_models, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_models, _return_type):\n def __init__(self,deck:_type_deck,style:_type_style,fonts:_type_fonts,models:_type_models=_dflt_models)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'deck',deck)\n  __dataclass_builtins_object__.__setattr__(self,'style',style)\n  __dataclass_builtins_object__.__setattr__(self,'fonts',fonts)\n  __dataclass_builtins_object__.__setattr__(self,'models',models)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_diags, _type_folder, _type_files, _type_documents, _type_sections, _type_duplicates, _type_report, _type_pictures, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_folder, _dflt_files, _dflt_documents, _dflt_sections, _dflt_duplicates, _dflt_report, _dflt_pictures, _return_type):
 def __init__(self,diags:_type_diags,folder:_type_folder=_dflt_folder,files:_type_files=_HAS_DEFAULT_FACTORY,documents:_type_documents=_HAS_DEFAULT_FACTORY,sections:_type_sections=_HAS_DEFAULT_FACTORY,duplicates:_type_duplicates=_HAS_DEFAULT_FACTORY,report:_type_report=_HAS_DEFAULT_FACTORY,pictures:_type_pictures=_HAS_DEFAULT_FACTORY)->_return_type:
  self.diags=diags
  self.folder=folder
  self.files=_dflt_files() if files is _HAS_DEFAULT_FACTORY else files
  self.documents=_dflt_documents() if documents is _HAS_DEFAULT_FACTORY else documents
  self.sections=_dflt_sections() if sections is _HAS_DEFAULT_FACTORY else sections
  self.duplicates=_dflt_duplicates() if duplicates is _HAS_DEFAULT_FACTORY else duplicates
  self.report=_dflt_report() if report is _HAS_DEFAULT_FACTORY else report
  self.pictures=_dflt_pictures() if pictures is _HAS_DEFAULT_FACTORY else pictures
 return __init__


CODE['def __create_fn__(_type_diags, _type_folder, _type_files, _type_documents, _type_sections, _type_duplicates, _type_report, _type_pictures, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_folder, _dflt_files, _dflt_documents, _dflt_sections, _dflt_duplicates, _dflt_report, _dflt_pictures, _return_type):\n def __init__(self,diags:_type_diags,folder:_type_folder=_dflt_folder,files:_type_files=_HAS_DEFAULT_FACTORY,documents:_type_documents=_HAS_DEFAULT_FACTORY,sections:_type_sections=_HAS_DEFAULT_FACTORY,duplicates:_type_duplicates=_HAS_DEFAULT_FACTORY,report:_type_report=_HAS_DEFAULT_FACTORY,pictures:_type_pictures=_HAS_DEFAULT_FACTORY)->_return_type:\n  self.diags=diags\n  self.folder=folder\n  self.files=_dflt_files() if files is _HAS_DEFAULT_FACTORY else files\n  self.documents=_dflt_documents() if documents is _HAS_DEFAULT_FACTORY else documents\n  self.sections=_dflt_sections() if sections is _HAS_DEFAULT_FACTORY else sections\n  self.duplicates=_dflt_duplicates() if duplicates is _HAS_DEFAULT_FACTORY else duplicates\n  self.report=_dflt_report() if report is _HAS_DEFAULT_FACTORY else report\n  self.pictures=_dflt_pictures() if pictures is _HAS_DEFAULT_FACTORY else pictures\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_diags, _type_outcomes, _type_written, _type_up_to_date, _type_writing, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_outcomes, _dflt_written, _dflt_up_to_date, _dflt_writing, _return_type):
 def __init__(self,diags:_type_diags,outcomes:_type_outcomes=_HAS_DEFAULT_FACTORY,written:_type_written=_HAS_DEFAULT_FACTORY,up_to_date:_type_up_to_date=_HAS_DEFAULT_FACTORY,writing:_type_writing=_dflt_writing)->_return_type:
  self.diags=diags
  self.outcomes=_dflt_outcomes() if outcomes is _HAS_DEFAULT_FACTORY else outcomes
  self.written=_dflt_written() if written is _HAS_DEFAULT_FACTORY else written
  self.up_to_date=_dflt_up_to_date() if up_to_date is _HAS_DEFAULT_FACTORY else up_to_date
  self.writing=writing
 return __init__


CODE['def __create_fn__(_type_diags, _type_outcomes, _type_written, _type_up_to_date, _type_writing, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_outcomes, _dflt_written, _dflt_up_to_date, _dflt_writing, _return_type):\n def __init__(self,diags:_type_diags,outcomes:_type_outcomes=_HAS_DEFAULT_FACTORY,written:_type_written=_HAS_DEFAULT_FACTORY,up_to_date:_type_up_to_date=_HAS_DEFAULT_FACTORY,writing:_type_writing=_dflt_writing)->_return_type:\n  self.diags=diags\n  self.outcomes=_dflt_outcomes() if outcomes is _HAS_DEFAULT_FACTORY else outcomes\n  self.written=_dflt_written() if written is _HAS_DEFAULT_FACTORY else written\n  self.up_to_date=_dflt_up_to_date() if up_to_date is _HAS_DEFAULT_FACTORY else up_to_date\n  self.writing=writing\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_divider, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,*,divider:_type_divider)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'divider',divider)
 return __init__


CODE["def __create_fn__(_type_divider, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,*,divider:_type_divider)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'divider',divider)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_doc, _type_title, _type_line, _type_parts, _type_todos, _type_sources, _type_comments, _type_lost, _type_shingles, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_parts, _dflt_todos, _dflt_sources, _dflt_comments, _dflt_lost, _dflt_shingles, _return_type):
 def __init__(self,doc:_type_doc,title:_type_title,line:_type_line,parts:_type_parts=_HAS_DEFAULT_FACTORY,todos:_type_todos=_HAS_DEFAULT_FACTORY,sources:_type_sources=_HAS_DEFAULT_FACTORY,comments:_type_comments=_HAS_DEFAULT_FACTORY,lost:_type_lost=_dflt_lost,shingles:_type_shingles=_dflt_shingles)->_return_type:
  self.doc=doc
  self.title=title
  self.line=line
  self.parts=_dflt_parts() if parts is _HAS_DEFAULT_FACTORY else parts
  self.todos=_dflt_todos() if todos is _HAS_DEFAULT_FACTORY else todos
  self.sources=_dflt_sources() if sources is _HAS_DEFAULT_FACTORY else sources
  self.comments=_dflt_comments() if comments is _HAS_DEFAULT_FACTORY else comments
  self.lost=lost
  self.shingles=shingles
 return __init__


CODE['def __create_fn__(_type_doc, _type_title, _type_line, _type_parts, _type_todos, _type_sources, _type_comments, _type_lost, _type_shingles, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_parts, _dflt_todos, _dflt_sources, _dflt_comments, _dflt_lost, _dflt_shingles, _return_type):\n def __init__(self,doc:_type_doc,title:_type_title,line:_type_line,parts:_type_parts=_HAS_DEFAULT_FACTORY,todos:_type_todos=_HAS_DEFAULT_FACTORY,sources:_type_sources=_HAS_DEFAULT_FACTORY,comments:_type_comments=_HAS_DEFAULT_FACTORY,lost:_type_lost=_dflt_lost,shingles:_type_shingles=_dflt_shingles)->_return_type:\n  self.doc=doc\n  self.title=title\n  self.line=line\n  self.parts=_dflt_parts() if parts is _HAS_DEFAULT_FACTORY else parts\n  self.todos=_dflt_todos() if todos is _HAS_DEFAULT_FACTORY else todos\n  self.sources=_dflt_sources() if sources is _HAS_DEFAULT_FACTORY else sources\n  self.comments=_dflt_comments() if comments is _HAS_DEFAULT_FACTORY else comments\n  self.lost=lost\n  self.shingles=shingles\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_dpi, _type_reuse, _type_kept, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_dpi, _dflt_reuse, _dflt_kept, _return_type):
 def __init__(self,dpi:_type_dpi=_dflt_dpi,reuse:_type_reuse=_HAS_DEFAULT_FACTORY,kept:_type_kept=_dflt_kept)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'dpi',dpi)
  __dataclass_builtins_object__.__setattr__(self,'reuse',_dflt_reuse() if reuse is _HAS_DEFAULT_FACTORY else reuse)
  __dataclass_builtins_object__.__setattr__(self,'kept',kept)
 return __init__


CODE["def __create_fn__(_type_dpi, _type_reuse, _type_kept, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_dpi, _dflt_reuse, _dflt_kept, _return_type):\n def __init__(self,dpi:_type_dpi=_dflt_dpi,reuse:_type_reuse=_HAS_DEFAULT_FACTORY,kept:_type_kept=_dflt_kept)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'dpi',dpi)\n  __dataclass_builtins_object__.__setattr__(self,'reuse',_dflt_reuse() if reuse is _HAS_DEFAULT_FACTORY else reuse)\n  __dataclass_builtins_object__.__setattr__(self,'kept',kept)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_dup, _type_kept, _type_percent, _type_contained, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,dup:_type_dup,kept:_type_kept,percent:_type_percent,contained:_type_contained)->_return_type:
  self.dup=dup
  self.kept=kept
  self.percent=percent
  self.contained=contained
 return __init__


CODE['def __create_fn__(_type_dup, _type_kept, _type_percent, _type_contained, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,dup:_type_dup,kept:_type_kept,percent:_type_percent,contained:_type_contained)->_return_type:\n  self.dup=dup\n  self.kept=kept\n  self.percent=percent\n  self.contained=contained\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_family, _type_size, _type_color, _type_bold, _type_italic, _type_line_spacing, _type_align, _type_link_color, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_bold, _dflt_italic, _dflt_line_spacing, _dflt_align, _dflt_link_color, _return_type):
 def __init__(self,family:_type_family,size:_type_size,color:_type_color,bold:_type_bold=_dflt_bold,italic:_type_italic=_dflt_italic,line_spacing:_type_line_spacing=_dflt_line_spacing,align:_type_align=_dflt_align,link_color:_type_link_color=_dflt_link_color)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'family',family)
  __dataclass_builtins_object__.__setattr__(self,'size',size)
  __dataclass_builtins_object__.__setattr__(self,'color',color)
  __dataclass_builtins_object__.__setattr__(self,'bold',bold)
  __dataclass_builtins_object__.__setattr__(self,'italic',italic)
  __dataclass_builtins_object__.__setattr__(self,'line_spacing',line_spacing)
  __dataclass_builtins_object__.__setattr__(self,'align',align)
  __dataclass_builtins_object__.__setattr__(self,'link_color',link_color)
 return __init__


CODE["def __create_fn__(_type_family, _type_size, _type_color, _type_bold, _type_italic, _type_line_spacing, _type_align, _type_link_color, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_bold, _dflt_italic, _dflt_line_spacing, _dflt_align, _dflt_link_color, _return_type):\n def __init__(self,family:_type_family,size:_type_size,color:_type_color,bold:_type_bold=_dflt_bold,italic:_type_italic=_dflt_italic,line_spacing:_type_line_spacing=_dflt_line_spacing,align:_type_align=_dflt_align,link_color:_type_link_color=_dflt_link_color)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'family',family)\n  __dataclass_builtins_object__.__setattr__(self,'size',size)\n  __dataclass_builtins_object__.__setattr__(self,'color',color)\n  __dataclass_builtins_object__.__setattr__(self,'bold',bold)\n  __dataclass_builtins_object__.__setattr__(self,'italic',italic)\n  __dataclass_builtins_object__.__setattr__(self,'line_spacing',line_spacing)\n  __dataclass_builtins_object__.__setattr__(self,'align',align)\n  __dataclass_builtins_object__.__setattr__(self,'link_color',link_color)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_files, _type_pictures, _type_report, _type_title, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_files, _dflt_pictures, _dflt_report, _dflt_title, _return_type):
 def __init__(self,files:_type_files=_HAS_DEFAULT_FACTORY,pictures:_type_pictures=_HAS_DEFAULT_FACTORY,report:_type_report=_HAS_DEFAULT_FACTORY,title:_type_title=_dflt_title)->_return_type:
  self.files=_dflt_files() if files is _HAS_DEFAULT_FACTORY else files
  self.pictures=_dflt_pictures() if pictures is _HAS_DEFAULT_FACTORY else pictures
  self.report=_dflt_report() if report is _HAS_DEFAULT_FACTORY else report
  self.title=title
 return __init__


CODE['def __create_fn__(_type_files, _type_pictures, _type_report, _type_title, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_files, _dflt_pictures, _dflt_report, _dflt_title, _return_type):\n def __init__(self,files:_type_files=_HAS_DEFAULT_FACTORY,pictures:_type_pictures=_HAS_DEFAULT_FACTORY,report:_type_report=_HAS_DEFAULT_FACTORY,title:_type_title=_dflt_title)->_return_type:\n  self.files=_dflt_files() if files is _HAS_DEFAULT_FACTORY else files\n  self.pictures=_dflt_pictures() if pictures is _HAS_DEFAULT_FACTORY else pictures\n  self.report=_dflt_report() if report is _HAS_DEFAULT_FACTORY else report\n  self.title=title\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_fill, _type_pictures, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_fill, _dflt_pictures, _return_type):
 def __init__(self,fill:_type_fill=_dflt_fill,pictures:_type_pictures=_dflt_pictures)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'fill',fill)
  __dataclass_builtins_object__.__setattr__(self,'pictures',pictures)
 return __init__


CODE["def __create_fn__(_type_fill, _type_pictures, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_fill, _dflt_pictures, _return_type):\n def __init__(self,fill:_type_fill=_dflt_fill,pictures:_type_pictures=_dflt_pictures)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'fill',fill)\n  __dataclass_builtins_object__.__setattr__(self,'pictures',pictures)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_folder, _type_files, _type_diags, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_files, _dflt_diags, _return_type):
 def __init__(self,folder:_type_folder,files:_type_files=_HAS_DEFAULT_FACTORY,diags:_type_diags=_HAS_DEFAULT_FACTORY)->_return_type:
  self.folder=folder
  self.files=_dflt_files() if files is _HAS_DEFAULT_FACTORY else files
  self.diags=_dflt_diags() if diags is _HAS_DEFAULT_FACTORY else diags
 return __init__


CODE['def __create_fn__(_type_folder, _type_files, _type_diags, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_files, _dflt_diags, _return_type):\n def __init__(self,folder:_type_folder,files:_type_files=_HAS_DEFAULT_FACTORY,diags:_type_diags=_HAS_DEFAULT_FACTORY)->_return_type:\n  self.folder=folder\n  self.files=_dflt_files() if files is _HAS_DEFAULT_FACTORY else files\n  self.diags=_dflt_diags() if diags is _HAS_DEFAULT_FACTORY else diags\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_font, _type_color, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_color, _return_type):
 def __init__(self,*,font:_type_font,color:_type_color=_dflt_color)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'font',font)
  __dataclass_builtins_object__.__setattr__(self,'color',color)
 return __init__


CODE["def __create_fn__(_type_font, _type_color, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_color, _return_type):\n def __init__(self,*,font:_type_font,color:_type_color=_dflt_color)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'font',font)\n  __dataclass_builtins_object__.__setattr__(self,'color',color)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_fonts, _type_mono, _type_fallback, _type_math_font, _type_missing, _type_substituted, _type__chain_cache, _type__face_cache, _type__runs_cache, _type__para_cache, _type__measured, _type__bullet_faces, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_fallback, _dflt_math_font, _dflt_missing, _dflt_substituted, _dflt__chain_cache, _dflt__face_cache, _dflt__runs_cache, _dflt__para_cache, _dflt__measured, _dflt__bullet_faces, _return_type):
 def __init__(self,fonts:_type_fonts,mono:_type_mono,fallback:_type_fallback=_dflt_fallback,math_font:_type_math_font=_dflt_math_font,missing:_type_missing=_HAS_DEFAULT_FACTORY,substituted:_type_substituted=_HAS_DEFAULT_FACTORY,_chain_cache:_type__chain_cache=_HAS_DEFAULT_FACTORY,_face_cache:_type__face_cache=_HAS_DEFAULT_FACTORY,_runs_cache:_type__runs_cache=_HAS_DEFAULT_FACTORY,_para_cache:_type__para_cache=_HAS_DEFAULT_FACTORY,_measured:_type__measured=_HAS_DEFAULT_FACTORY,_bullet_faces:_type__bullet_faces=_HAS_DEFAULT_FACTORY)->_return_type:
  self.fonts=fonts
  self.mono=mono
  self.fallback=fallback
  self.math_font=math_font
  self.missing=_dflt_missing() if missing is _HAS_DEFAULT_FACTORY else missing
  self.substituted=_dflt_substituted() if substituted is _HAS_DEFAULT_FACTORY else substituted
  self._chain_cache=_dflt__chain_cache() if _chain_cache is _HAS_DEFAULT_FACTORY else _chain_cache
  self._face_cache=_dflt__face_cache() if _face_cache is _HAS_DEFAULT_FACTORY else _face_cache
  self._runs_cache=_dflt__runs_cache() if _runs_cache is _HAS_DEFAULT_FACTORY else _runs_cache
  self._para_cache=_dflt__para_cache() if _para_cache is _HAS_DEFAULT_FACTORY else _para_cache
  self._measured=_dflt__measured() if _measured is _HAS_DEFAULT_FACTORY else _measured
  self._bullet_faces=_dflt__bullet_faces() if _bullet_faces is _HAS_DEFAULT_FACTORY else _bullet_faces
 return __init__


CODE['def __create_fn__(_type_fonts, _type_mono, _type_fallback, _type_math_font, _type_missing, _type_substituted, _type__chain_cache, _type__face_cache, _type__runs_cache, _type__para_cache, _type__measured, _type__bullet_faces, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_fallback, _dflt_math_font, _dflt_missing, _dflt_substituted, _dflt__chain_cache, _dflt__face_cache, _dflt__runs_cache, _dflt__para_cache, _dflt__measured, _dflt__bullet_faces, _return_type):\n def __init__(self,fonts:_type_fonts,mono:_type_mono,fallback:_type_fallback=_dflt_fallback,math_font:_type_math_font=_dflt_math_font,missing:_type_missing=_HAS_DEFAULT_FACTORY,substituted:_type_substituted=_HAS_DEFAULT_FACTORY,_chain_cache:_type__chain_cache=_HAS_DEFAULT_FACTORY,_face_cache:_type__face_cache=_HAS_DEFAULT_FACTORY,_runs_cache:_type__runs_cache=_HAS_DEFAULT_FACTORY,_para_cache:_type__para_cache=_HAS_DEFAULT_FACTORY,_measured:_type__measured=_HAS_DEFAULT_FACTORY,_bullet_faces:_type__bullet_faces=_HAS_DEFAULT_FACTORY)->_return_type:\n  self.fonts=fonts\n  self.mono=mono\n  self.fallback=fallback\n  self.math_font=math_font\n  self.missing=_dflt_missing() if missing is _HAS_DEFAULT_FACTORY else missing\n  self.substituted=_dflt_substituted() if substituted is _HAS_DEFAULT_FACTORY else substituted\n  self._chain_cache=_dflt__chain_cache() if _chain_cache is _HAS_DEFAULT_FACTORY else _chain_cache\n  self._face_cache=_dflt__face_cache() if _face_cache is _HAS_DEFAULT_FACTORY else _face_cache\n  self._runs_cache=_dflt__runs_cache() if _runs_cache is _HAS_DEFAULT_FACTORY else _runs_cache\n  self._para_cache=_dflt__para_cache() if _para_cache is _HAS_DEFAULT_FACTORY else _para_cache\n  self._measured=_dflt__measured() if _measured is _HAS_DEFAULT_FACTORY else _measured\n  self._bullet_faces=_dflt__bullet_faces() if _bullet_faces is _HAS_DEFAULT_FACTORY else _bullet_faces\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_format, _type_suffix, _type_draw, _type_default, _type_folder, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_default, _dflt_folder, _return_type):
 def __init__(self,format:_type_format,suffix:_type_suffix,draw:_type_draw,default:_type_default=_dflt_default,folder:_type_folder=_dflt_folder)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'format',format)
  __dataclass_builtins_object__.__setattr__(self,'suffix',suffix)
  __dataclass_builtins_object__.__setattr__(self,'draw',draw)
  __dataclass_builtins_object__.__setattr__(self,'default',default)
  __dataclass_builtins_object__.__setattr__(self,'folder',folder)
 return __init__


CODE["def __create_fn__(_type_format, _type_suffix, _type_draw, _type_default, _type_folder, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_default, _dflt_folder, _return_type):\n def __init__(self,format:_type_format,suffix:_type_suffix,draw:_type_draw,default:_type_default=_dflt_default,folder:_type_folder=_dflt_folder)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'format',format)\n  __dataclass_builtins_object__.__setattr__(self,'suffix',suffix)\n  __dataclass_builtins_object__.__setattr__(self,'draw',draw)\n  __dataclass_builtins_object__.__setattr__(self,'default',default)\n  __dataclass_builtins_object__.__setattr__(self,'folder',folder)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_frags, _type_baseline, _type_width, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,frags:_type_frags,baseline:_type_baseline,width:_type_width)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'frags',frags)
  __dataclass_builtins_object__.__setattr__(self,'baseline',baseline)
  __dataclass_builtins_object__.__setattr__(self,'width',width)
 return __init__


CODE["def __create_fn__(_type_frags, _type_baseline, _type_width, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,frags:_type_frags,baseline:_type_baseline,width:_type_width)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'frags',frags)\n  __dataclass_builtins_object__.__setattr__(self,'baseline',baseline)\n  __dataclass_builtins_object__.__setattr__(self,'width',width)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_frame, _type_fill, _type_margin, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,frame:_type_frame,fill:_type_fill,margin:_type_margin)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'frame',frame)
  __dataclass_builtins_object__.__setattr__(self,'fill',fill)
  __dataclass_builtins_object__.__setattr__(self,'margin',margin)
 return __init__


CODE["def __create_fn__(_type_frame, _type_fill, _type_margin, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,frame:_type_frame,fill:_type_fill,margin:_type_margin)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'frame',frame)\n  __dataclass_builtins_object__.__setattr__(self,'fill',fill)\n  __dataclass_builtins_object__.__setattr__(self,'margin',margin)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_frame, _type_size, _type_shrunk, _type_paragraphs, _type_fits, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_fits, _return_type):
 def __init__(self,frame:_type_frame,size:_type_size,shrunk:_type_shrunk,paragraphs:_type_paragraphs,fits:_type_fits=_dflt_fits)->_return_type:
  self.frame=frame
  self.size=size
  self.shrunk=shrunk
  self.paragraphs=paragraphs
  self.fits=fits
 return __init__


CODE['def __create_fn__(_type_frame, _type_size, _type_shrunk, _type_paragraphs, _type_fits, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_fits, _return_type):\n def __init__(self,frame:_type_frame,size:_type_size,shrunk:_type_shrunk,paragraphs:_type_paragraphs,fits:_type_fits=_dflt_fits)->_return_type:\n  self.frame=frame\n  self.size=size\n  self.shrunk=shrunk\n  self.paragraphs=paragraphs\n  self.fits=fits\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_heading, _type_body, _type_mono, _type_fallback, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_fallback, _return_type):
 def __init__(self,*,heading:_type_heading,body:_type_body,mono:_type_mono,fallback:_type_fallback=_dflt_fallback)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'heading',heading)
  __dataclass_builtins_object__.__setattr__(self,'body',body)
  __dataclass_builtins_object__.__setattr__(self,'mono',mono)
  __dataclass_builtins_object__.__setattr__(self,'fallback',fallback)
 return __init__


CODE["def __create_fn__(_type_heading, _type_body, _type_mono, _type_fallback, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_fallback, _return_type):\n def __init__(self,*,heading:_type_heading,body:_type_body,mono:_type_mono,fallback:_type_fallback=_dflt_fallback)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'heading',heading)\n  __dataclass_builtins_object__.__setattr__(self,'body',body)\n  __dataclass_builtins_object__.__setattr__(self,'mono',mono)\n  __dataclass_builtins_object__.__setattr__(self,'fallback',fallback)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_id, _type_title, _type_publisher, _type_author, _type_url, _type_date, _type_note, _type_pos, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_publisher, _dflt_author, _dflt_url, _dflt_date, _dflt_note, _dflt_pos, _return_type):
 def __init__(self,id:_type_id,title:_type_title,publisher:_type_publisher=_dflt_publisher,author:_type_author=_dflt_author,url:_type_url=_dflt_url,date:_type_date=_dflt_date,note:_type_note=_dflt_note,pos:_type_pos=_dflt_pos)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'id',id)
  __dataclass_builtins_object__.__setattr__(self,'title',title)
  __dataclass_builtins_object__.__setattr__(self,'publisher',publisher)
  __dataclass_builtins_object__.__setattr__(self,'author',author)
  __dataclass_builtins_object__.__setattr__(self,'url',url)
  __dataclass_builtins_object__.__setattr__(self,'date',date)
  __dataclass_builtins_object__.__setattr__(self,'note',note)
  __dataclass_builtins_object__.__setattr__(self,'pos',pos)
 return __init__


CODE["def __create_fn__(_type_id, _type_title, _type_publisher, _type_author, _type_url, _type_date, _type_note, _type_pos, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_publisher, _dflt_author, _dflt_url, _dflt_date, _dflt_note, _dflt_pos, _return_type):\n def __init__(self,id:_type_id,title:_type_title,publisher:_type_publisher=_dflt_publisher,author:_type_author=_dflt_author,url:_type_url=_dflt_url,date:_type_date=_dflt_date,note:_type_note=_dflt_note,pos:_type_pos=_dflt_pos)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'id',id)\n  __dataclass_builtins_object__.__setattr__(self,'title',title)\n  __dataclass_builtins_object__.__setattr__(self,'publisher',publisher)\n  __dataclass_builtins_object__.__setattr__(self,'author',author)\n  __dataclass_builtins_object__.__setattr__(self,'url',url)\n  __dataclass_builtins_object__.__setattr__(self,'date',date)\n  __dataclass_builtins_object__.__setattr__(self,'note',note)\n  __dataclass_builtins_object__.__setattr__(self,'pos',pos)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_items, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_items, _return_type):
 def __init__(self,items:_type_items=_HAS_DEFAULT_FACTORY)->_return_type:
  self.items=_dflt_items() if items is _HAS_DEFAULT_FACTORY else items
 return __init__


CODE['def __create_fn__(_type_items, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_items, _return_type):\n def __init__(self,items:_type_items=_HAS_DEFAULT_FACTORY)->_return_type:\n  self.items=_dflt_items() if items is _HAS_DEFAULT_FACTORY else items\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_kind, _type_name, _type_value, _type_quoted, _type_offset, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_value, _dflt_quoted, _dflt_offset, _return_type):
 def __init__(self,kind:_type_kind,name:_type_name,value:_type_value=_dflt_value,quoted:_type_quoted=_dflt_quoted,offset:_type_offset=_dflt_offset)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'kind',kind)
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'value',value)
  __dataclass_builtins_object__.__setattr__(self,'quoted',quoted)
  __dataclass_builtins_object__.__setattr__(self,'offset',offset)
 return __init__


CODE["def __create_fn__(_type_kind, _type_name, _type_value, _type_quoted, _type_offset, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_value, _dflt_quoted, _dflt_offset, _return_type):\n def __init__(self,kind:_type_kind,name:_type_name,value:_type_value=_dflt_value,quoted:_type_quoted=_dflt_quoted,offset:_type_offset=_dflt_offset)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'kind',kind)\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'value',value)\n  __dataclass_builtins_object__.__setattr__(self,'quoted',quoted)\n  __dataclass_builtins_object__.__setattr__(self,'offset',offset)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_kind, _type_text, _type_line, _type_end, _type_level, _type_gap, _type_indent, _type_mark, _type_data, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_level, _dflt_gap, _dflt_indent, _dflt_mark, _dflt_data, _return_type):
 def __init__(self,kind:_type_kind,text:_type_text,line:_type_line,end:_type_end,level:_type_level=_dflt_level,gap:_type_gap=_dflt_gap,indent:_type_indent=_dflt_indent,mark:_type_mark=_dflt_mark,data:_type_data=_dflt_data)->_return_type:
  self.kind=kind
  self.text=text
  self.line=line
  self.end=end
  self.level=level
  self.gap=gap
  self.indent=indent
  self.mark=mark
  self.data=data
 return __init__


CODE['def __create_fn__(_type_kind, _type_text, _type_line, _type_end, _type_level, _type_gap, _type_indent, _type_mark, _type_data, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_level, _dflt_gap, _dflt_indent, _dflt_mark, _dflt_data, _return_type):\n def __init__(self,kind:_type_kind,text:_type_text,line:_type_line,end:_type_end,level:_type_level=_dflt_level,gap:_type_gap=_dflt_gap,indent:_type_indent=_dflt_indent,mark:_type_mark=_dflt_mark,data:_type_data=_dflt_data)->_return_type:\n  self.kind=kind\n  self.text=text\n  self.line=line\n  self.end=end\n  self.level=level\n  self.gap=gap\n  self.indent=indent\n  self.mark=mark\n  self.data=data\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_kind, _type_title, _type_boxes, _type_pos, _type_notes, _type_details, _type_section, _type_background, _type_footer_color, _type_continued, _type_sources, _type_media, _type_extra, _type_model, _type_frames, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_notes, _dflt_details, _dflt_section, _dflt_background, _dflt_footer_color, _dflt_continued, _dflt_sources, _dflt_media, _dflt_extra, _dflt_model, _dflt_frames, _return_type):
 def __init__(self,kind:_type_kind,title:_type_title,boxes:_type_boxes,pos:_type_pos,notes:_type_notes=_dflt_notes,details:_type_details=_dflt_details,section:_type_section=_dflt_section,background:_type_background=_dflt_background,footer_color:_type_footer_color=_dflt_footer_color,continued:_type_continued=_dflt_continued,sources:_type_sources=_dflt_sources,media:_type_media=_dflt_media,extra:_type_extra=_dflt_extra,model:_type_model=_dflt_model,frames:_type_frames=_dflt_frames)->_return_type:
  self.kind=kind
  self.title=title
  self.boxes=boxes
  self.pos=pos
  self.notes=notes
  self.details=details
  self.section=section
  self.background=background
  self.footer_color=footer_color
  self.continued=continued
  self.sources=sources
  self.media=media
  self.extra=extra
  self.model=model
  self.frames=frames
 return __init__


CODE['def __create_fn__(_type_kind, _type_title, _type_boxes, _type_pos, _type_notes, _type_details, _type_section, _type_background, _type_footer_color, _type_continued, _type_sources, _type_media, _type_extra, _type_model, _type_frames, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_notes, _dflt_details, _dflt_section, _dflt_background, _dflt_footer_color, _dflt_continued, _dflt_sources, _dflt_media, _dflt_extra, _dflt_model, _dflt_frames, _return_type):\n def __init__(self,kind:_type_kind,title:_type_title,boxes:_type_boxes,pos:_type_pos,notes:_type_notes=_dflt_notes,details:_type_details=_dflt_details,section:_type_section=_dflt_section,background:_type_background=_dflt_background,footer_color:_type_footer_color=_dflt_footer_color,continued:_type_continued=_dflt_continued,sources:_type_sources=_dflt_sources,media:_type_media=_dflt_media,extra:_type_extra=_dflt_extra,model:_type_model=_dflt_model,frames:_type_frames=_dflt_frames)->_return_type:\n  self.kind=kind\n  self.title=title\n  self.boxes=boxes\n  self.pos=pos\n  self.notes=notes\n  self.details=details\n  self.section=section\n  self.background=background\n  self.footer_color=footer_color\n  self.continued=continued\n  self.sources=sources\n  self.media=media\n  self.extra=extra\n  self.model=model\n  self.frames=frames\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_latex, _type_fontset, _type_advance, _type_ascent, _type_descent, _type_ink, _type_paths, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,latex:_type_latex,fontset:_type_fontset,advance:_type_advance,ascent:_type_ascent,descent:_type_descent,ink:_type_ink,paths:_type_paths)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'latex',latex)
  __dataclass_builtins_object__.__setattr__(self,'fontset',fontset)
  __dataclass_builtins_object__.__setattr__(self,'advance',advance)
  __dataclass_builtins_object__.__setattr__(self,'ascent',ascent)
  __dataclass_builtins_object__.__setattr__(self,'descent',descent)
  __dataclass_builtins_object__.__setattr__(self,'ink',ink)
  __dataclass_builtins_object__.__setattr__(self,'paths',paths)
 return __init__


CODE["def __create_fn__(_type_latex, _type_fontset, _type_advance, _type_ascent, _type_descent, _type_ink, _type_paths, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,latex:_type_latex,fontset:_type_fontset,advance:_type_advance,ascent:_type_ascent,descent:_type_descent,ink:_type_ink,paths:_type_paths)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'latex',latex)\n  __dataclass_builtins_object__.__setattr__(self,'fontset',fontset)\n  __dataclass_builtins_object__.__setattr__(self,'advance',advance)\n  __dataclass_builtins_object__.__setattr__(self,'ascent',ascent)\n  __dataclass_builtins_object__.__setattr__(self,'descent',descent)\n  __dataclass_builtins_object__.__setattr__(self,'ink',ink)\n  __dataclass_builtins_object__.__setattr__(self,'paths',paths)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_layout, _type_exact, _type_note, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,layout:_type_layout,exact:_type_exact,note:_type_note)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'layout',layout)
  __dataclass_builtins_object__.__setattr__(self,'exact',exact)
  __dataclass_builtins_object__.__setattr__(self,'note',note)
 return __init__


CODE["def __create_fn__(_type_layout, _type_exact, _type_note, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,layout:_type_layout,exact:_type_exact,note:_type_note)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'layout',layout)\n  __dataclass_builtins_object__.__setattr__(self,'exact',exact)\n  __dataclass_builtins_object__.__setattr__(self,'note',note)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_level_scale, _type_hang, _type_step, _type_marker, _type_gaps, _type_spacing, _type_rounded, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_level_scale, _dflt_hang, _dflt_step, _dflt_marker, _dflt_gaps, _dflt_spacing, _dflt_rounded, _return_type):
 def __init__(self,level_scale:_type_level_scale=_dflt_level_scale,hang:_type_hang=_dflt_hang,step:_type_step=_dflt_step,marker:_type_marker=_dflt_marker,gaps:_type_gaps=_dflt_gaps,spacing:_type_spacing=_dflt_spacing,rounded:_type_rounded=_dflt_rounded)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'level_scale',level_scale)
  __dataclass_builtins_object__.__setattr__(self,'hang',hang)
  __dataclass_builtins_object__.__setattr__(self,'step',step)
  __dataclass_builtins_object__.__setattr__(self,'marker',marker)
  __dataclass_builtins_object__.__setattr__(self,'gaps',gaps)
  __dataclass_builtins_object__.__setattr__(self,'spacing',spacing)
  __dataclass_builtins_object__.__setattr__(self,'rounded',rounded)
 return __init__


CODE["def __create_fn__(_type_level_scale, _type_hang, _type_step, _type_marker, _type_gaps, _type_spacing, _type_rounded, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_level_scale, _dflt_hang, _dflt_step, _dflt_marker, _dflt_gaps, _dflt_spacing, _dflt_rounded, _return_type):\n def __init__(self,level_scale:_type_level_scale=_dflt_level_scale,hang:_type_hang=_dflt_hang,step:_type_step=_dflt_step,marker:_type_marker=_dflt_marker,gaps:_type_gaps=_dflt_gaps,spacing:_type_spacing=_dflt_spacing,rounded:_type_rounded=_dflt_rounded)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'level_scale',level_scale)\n  __dataclass_builtins_object__.__setattr__(self,'hang',hang)\n  __dataclass_builtins_object__.__setattr__(self,'step',step)\n  __dataclass_builtins_object__.__setattr__(self,'marker',marker)\n  __dataclass_builtins_object__.__setattr__(self,'gaps',gaps)\n  __dataclass_builtins_object__.__setattr__(self,'spacing',spacing)\n  __dataclass_builtins_object__.__setattr__(self,'rounded',rounded)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_line, _type_end, _type_text, _type_reason, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,line:_type_line,end:_type_end,text:_type_text,reason:_type_reason)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'line',line)
  __dataclass_builtins_object__.__setattr__(self,'end',end)
  __dataclass_builtins_object__.__setattr__(self,'text',text)
  __dataclass_builtins_object__.__setattr__(self,'reason',reason)
 return __init__


CODE["def __create_fn__(_type_line, _type_end, _type_text, _type_reason, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,line:_type_line,end:_type_end,text:_type_text,reason:_type_reason)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'line',line)\n  __dataclass_builtins_object__.__setattr__(self,'end',end)\n  __dataclass_builtins_object__.__setattr__(self,'text',text)\n  __dataclass_builtins_object__.__setattr__(self,'reason',reason)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_line, _type_end, _type_text, _type_reason, _type_first, _type_last, _type_heading, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_heading, _return_type):
 def __init__(self,line:_type_line,end:_type_end,text:_type_text,reason:_type_reason,first:_type_first,last:_type_last,heading:_type_heading=_dflt_heading)->_return_type:
  self.line=line
  self.end=end
  self.text=text
  self.reason=reason
  self.first=first
  self.last=last
  self.heading=heading
 return __init__


CODE['def __create_fn__(_type_line, _type_end, _type_text, _type_reason, _type_first, _type_last, _type_heading, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_heading, _return_type):\n def __init__(self,line:_type_line,end:_type_end,text:_type_text,reason:_type_reason,first:_type_first,last:_type_last,heading:_type_heading=_dflt_heading)->_return_type:\n  self.line=line\n  self.end=end\n  self.text=text\n  self.reason=reason\n  self.first=first\n  self.last=last\n  self.heading=heading\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_line, _type_heading, _type_blocks, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_heading, _dflt_blocks, _return_type):
 def __init__(self,line:_type_line,heading:_type_heading=_dflt_heading,blocks:_type_blocks=_HAS_DEFAULT_FACTORY)->_return_type:
  self.line=line
  self.heading=heading
  self.blocks=_dflt_blocks() if blocks is _HAS_DEFAULT_FACTORY else blocks
 return __init__


CODE['def __create_fn__(_type_line, _type_heading, _type_blocks, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_heading, _dflt_blocks, _return_type):\n def __init__(self,line:_type_line,heading:_type_heading=_dflt_heading,blocks:_type_blocks=_HAS_DEFAULT_FACTORY)->_return_type:\n  self.line=line\n  self.heading=heading\n  self.blocks=_dflt_blocks() if blocks is _HAS_DEFAULT_FACTORY else blocks\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_line, _type_heading, _type_pre, _type_slides, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_heading, _dflt_pre, _dflt_slides, _return_type):
 def __init__(self,line:_type_line,heading:_type_heading=_dflt_heading,pre:_type_pre=_HAS_DEFAULT_FACTORY,slides:_type_slides=_HAS_DEFAULT_FACTORY)->_return_type:
  self.line=line
  self.heading=heading
  self.pre=_dflt_pre() if pre is _HAS_DEFAULT_FACTORY else pre
  self.slides=_dflt_slides() if slides is _HAS_DEFAULT_FACTORY else slides
 return __init__


CODE['def __create_fn__(_type_line, _type_heading, _type_pre, _type_slides, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_heading, _dflt_pre, _dflt_slides, _return_type):\n def __init__(self,line:_type_line,heading:_type_heading=_dflt_heading,pre:_type_pre=_HAS_DEFAULT_FACTORY,slides:_type_slides=_HAS_DEFAULT_FACTORY)->_return_type:\n  self.line=line\n  self.heading=heading\n  self.pre=_dflt_pre() if pre is _HAS_DEFAULT_FACTORY else pre\n  self.slides=_dflt_slides() if slides is _HAS_DEFAULT_FACTORY else slides\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_media, _type_deck, _type_handout, _type_extra, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_extra, _return_type):
 def __init__(self,media:_type_media,deck:_type_deck,handout:_type_handout,extra:_type_extra=_dflt_extra)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'media',media)
  __dataclass_builtins_object__.__setattr__(self,'deck',deck)
  __dataclass_builtins_object__.__setattr__(self,'handout',handout)
  __dataclass_builtins_object__.__setattr__(self,'extra',extra)
 return __init__


CODE["def __create_fn__(_type_media, _type_deck, _type_handout, _type_extra, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_extra, _return_type):\n def __init__(self,media:_type_media,deck:_type_deck,handout:_type_handout,extra:_type_extra=_dflt_extra)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'media',media)\n  __dataclass_builtins_object__.__setattr__(self,'deck',deck)\n  __dataclass_builtins_object__.__setattr__(self,'handout',handout)\n  __dataclass_builtins_object__.__setattr__(self,'extra',extra)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_name, _type_description, _type_handout, _type_style, _type_pos, _type_lang, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_description, _dflt_handout, _dflt_style, _dflt_pos, _dflt_lang, _return_type):
 def __init__(self,name:_type_name,description:_type_description=_dflt_description,handout:_type_handout=_HAS_DEFAULT_FACTORY,style:_type_style=_HAS_DEFAULT_FACTORY,pos:_type_pos=_dflt_pos,lang:_type_lang=_dflt_lang)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'description',description)
  __dataclass_builtins_object__.__setattr__(self,'handout',_dflt_handout() if handout is _HAS_DEFAULT_FACTORY else handout)
  __dataclass_builtins_object__.__setattr__(self,'style',_dflt_style() if style is _HAS_DEFAULT_FACTORY else style)
  __dataclass_builtins_object__.__setattr__(self,'pos',pos)
  __dataclass_builtins_object__.__setattr__(self,'lang',lang)
 return __init__


CODE["def __create_fn__(_type_name, _type_description, _type_handout, _type_style, _type_pos, _type_lang, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_description, _dflt_handout, _dflt_style, _dflt_pos, _dflt_lang, _return_type):\n def __init__(self,name:_type_name,description:_type_description=_dflt_description,handout:_type_handout=_HAS_DEFAULT_FACTORY,style:_type_style=_HAS_DEFAULT_FACTORY,pos:_type_pos=_dflt_pos,lang:_type_lang=_dflt_lang)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'description',description)\n  __dataclass_builtins_object__.__setattr__(self,'handout',_dflt_handout() if handout is _HAS_DEFAULT_FACTORY else handout)\n  __dataclass_builtins_object__.__setattr__(self,'style',_dflt_style() if style is _HAS_DEFAULT_FACTORY else style)\n  __dataclass_builtins_object__.__setattr__(self,'pos',pos)\n  __dataclass_builtins_object__.__setattr__(self,'lang',lang)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_name, _type_extends, _type_slide, _type_fonts, _type_colors, _type_sizes, _type_scale, _type_footer, _type_logo, _type_background, _type_handout, _type_code, _type_body, _type_sections, _type_math, _type_pptx, _type_positions, _type_files, _type_template_info, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_extends, _dflt_logo, _dflt_background, _dflt_pptx, _dflt_positions, _dflt_files, _dflt_template_info, _return_type):
 def __init__(self,*,name:_type_name,extends:_type_extends=_dflt_extends,slide:_type_slide,fonts:_type_fonts,colors:_type_colors,sizes:_type_sizes,scale:_type_scale,footer:_type_footer,logo:_type_logo=_dflt_logo,background:_type_background=_dflt_background,handout:_type_handout,code:_type_code,body:_type_body,sections:_type_sections,math:_type_math,pptx:_type_pptx=_HAS_DEFAULT_FACTORY,positions:_type_positions=_dflt_positions,files:_type_files=_dflt_files,template_info:_type_template_info=_dflt_template_info)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'extends',extends)
  __dataclass_builtins_object__.__setattr__(self,'slide',slide)
  __dataclass_builtins_object__.__setattr__(self,'fonts',fonts)
  __dataclass_builtins_object__.__setattr__(self,'colors',colors)
  __dataclass_builtins_object__.__setattr__(self,'sizes',sizes)
  __dataclass_builtins_object__.__setattr__(self,'scale',scale)
  __dataclass_builtins_object__.__setattr__(self,'footer',footer)
  __dataclass_builtins_object__.__setattr__(self,'logo',logo)
  __dataclass_builtins_object__.__setattr__(self,'background',background)
  __dataclass_builtins_object__.__setattr__(self,'handout',handout)
  __dataclass_builtins_object__.__setattr__(self,'code',code)
  __dataclass_builtins_object__.__setattr__(self,'body',body)
  __dataclass_builtins_object__.__setattr__(self,'sections',sections)
  __dataclass_builtins_object__.__setattr__(self,'math',math)
  __dataclass_builtins_object__.__setattr__(self,'pptx',_dflt_pptx() if pptx is _HAS_DEFAULT_FACTORY else pptx)
  __dataclass_builtins_object__.__setattr__(self,'positions',positions)
  __dataclass_builtins_object__.__setattr__(self,'files',files)
  __dataclass_builtins_object__.__setattr__(self,'template_info',template_info)
 return __init__


CODE["def __create_fn__(_type_name, _type_extends, _type_slide, _type_fonts, _type_colors, _type_sizes, _type_scale, _type_footer, _type_logo, _type_background, _type_handout, _type_code, _type_body, _type_sections, _type_math, _type_pptx, _type_positions, _type_files, _type_template_info, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_extends, _dflt_logo, _dflt_background, _dflt_pptx, _dflt_positions, _dflt_files, _dflt_template_info, _return_type):\n def __init__(self,*,name:_type_name,extends:_type_extends=_dflt_extends,slide:_type_slide,fonts:_type_fonts,colors:_type_colors,sizes:_type_sizes,scale:_type_scale,footer:_type_footer,logo:_type_logo=_dflt_logo,background:_type_background=_dflt_background,handout:_type_handout,code:_type_code,body:_type_body,sections:_type_sections,math:_type_math,pptx:_type_pptx=_HAS_DEFAULT_FACTORY,positions:_type_positions=_dflt_positions,files:_type_files=_dflt_files,template_info:_type_template_info=_dflt_template_info)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'extends',extends)\n  __dataclass_builtins_object__.__setattr__(self,'slide',slide)\n  __dataclass_builtins_object__.__setattr__(self,'fonts',fonts)\n  __dataclass_builtins_object__.__setattr__(self,'colors',colors)\n  __dataclass_builtins_object__.__setattr__(self,'sizes',sizes)\n  __dataclass_builtins_object__.__setattr__(self,'scale',scale)\n  __dataclass_builtins_object__.__setattr__(self,'footer',footer)\n  __dataclass_builtins_object__.__setattr__(self,'logo',logo)\n  __dataclass_builtins_object__.__setattr__(self,'background',background)\n  __dataclass_builtins_object__.__setattr__(self,'handout',handout)\n  __dataclass_builtins_object__.__setattr__(self,'code',code)\n  __dataclass_builtins_object__.__setattr__(self,'body',body)\n  __dataclass_builtins_object__.__setattr__(self,'sections',sections)\n  __dataclass_builtins_object__.__setattr__(self,'math',math)\n  __dataclass_builtins_object__.__setattr__(self,'pptx',_dflt_pptx() if pptx is _HAS_DEFAULT_FACTORY else pptx)\n  __dataclass_builtins_object__.__setattr__(self,'positions',positions)\n  __dataclass_builtins_object__.__setattr__(self,'files',files)\n  __dataclass_builtins_object__.__setattr__(self,'template_info',template_info)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_name, _type_placeholders, _type_art, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_art, _return_type):
 def __init__(self,name:_type_name,placeholders:_type_placeholders,art:_type_art=_dflt_art)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'placeholders',placeholders)
  __dataclass_builtins_object__.__setattr__(self,'art',art)
 return __init__


CODE["def __create_fn__(_type_name, _type_placeholders, _type_art, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_art, _return_type):\n def __init__(self,name:_type_name,placeholders:_type_placeholders,art:_type_art=_dflt_art)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'placeholders',placeholders)\n  __dataclass_builtins_object__.__setattr__(self,'art',art)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_name, _type_title, _type_path, _type_subtitle, _type_author, _type_date, _type_style, _type_style_pos, _type_sources, _type_audiences, _type_sections, _type_audience, _type_pos, _type_files, _type_reveal, _type_lang, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_subtitle, _dflt_author, _dflt_date, _dflt_style, _dflt_style_pos, _dflt_sources, _dflt_audiences, _dflt_sections, _dflt_audience, _dflt_pos, _dflt_files, _dflt_reveal, _dflt_lang, _return_type):
 def __init__(self,name:_type_name,title:_type_title,path:_type_path,subtitle:_type_subtitle=_dflt_subtitle,author:_type_author=_dflt_author,date:_type_date=_dflt_date,style:_type_style=_dflt_style,style_pos:_type_style_pos=_dflt_style_pos,sources:_type_sources=_HAS_DEFAULT_FACTORY,audiences:_type_audiences=_HAS_DEFAULT_FACTORY,sections:_type_sections=_dflt_sections,audience:_type_audience=_dflt_audience,pos:_type_pos=_dflt_pos,files:_type_files=_dflt_files,reveal:_type_reveal=_dflt_reveal,lang:_type_lang=_dflt_lang)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'title',title)
  __dataclass_builtins_object__.__setattr__(self,'path',path)
  __dataclass_builtins_object__.__setattr__(self,'subtitle',subtitle)
  __dataclass_builtins_object__.__setattr__(self,'author',author)
  __dataclass_builtins_object__.__setattr__(self,'date',date)
  __dataclass_builtins_object__.__setattr__(self,'style',style)
  __dataclass_builtins_object__.__setattr__(self,'style_pos',style_pos)
  __dataclass_builtins_object__.__setattr__(self,'sources',_dflt_sources() if sources is _HAS_DEFAULT_FACTORY else sources)
  __dataclass_builtins_object__.__setattr__(self,'audiences',_dflt_audiences() if audiences is _HAS_DEFAULT_FACTORY else audiences)
  __dataclass_builtins_object__.__setattr__(self,'sections',sections)
  __dataclass_builtins_object__.__setattr__(self,'audience',audience)
  __dataclass_builtins_object__.__setattr__(self,'pos',pos)
  __dataclass_builtins_object__.__setattr__(self,'files',files)
  __dataclass_builtins_object__.__setattr__(self,'reveal',reveal)
  __dataclass_builtins_object__.__setattr__(self,'lang',lang)
 return __init__


CODE["def __create_fn__(_type_name, _type_title, _type_path, _type_subtitle, _type_author, _type_date, _type_style, _type_style_pos, _type_sources, _type_audiences, _type_sections, _type_audience, _type_pos, _type_files, _type_reveal, _type_lang, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_subtitle, _dflt_author, _dflt_date, _dflt_style, _dflt_style_pos, _dflt_sources, _dflt_audiences, _dflt_sections, _dflt_audience, _dflt_pos, _dflt_files, _dflt_reveal, _dflt_lang, _return_type):\n def __init__(self,name:_type_name,title:_type_title,path:_type_path,subtitle:_type_subtitle=_dflt_subtitle,author:_type_author=_dflt_author,date:_type_date=_dflt_date,style:_type_style=_dflt_style,style_pos:_type_style_pos=_dflt_style_pos,sources:_type_sources=_HAS_DEFAULT_FACTORY,audiences:_type_audiences=_HAS_DEFAULT_FACTORY,sections:_type_sections=_dflt_sections,audience:_type_audience=_dflt_audience,pos:_type_pos=_dflt_pos,files:_type_files=_dflt_files,reveal:_type_reveal=_dflt_reveal,lang:_type_lang=_dflt_lang)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'title',title)\n  __dataclass_builtins_object__.__setattr__(self,'path',path)\n  __dataclass_builtins_object__.__setattr__(self,'subtitle',subtitle)\n  __dataclass_builtins_object__.__setattr__(self,'author',author)\n  __dataclass_builtins_object__.__setattr__(self,'date',date)\n  __dataclass_builtins_object__.__setattr__(self,'style',style)\n  __dataclass_builtins_object__.__setattr__(self,'style_pos',style_pos)\n  __dataclass_builtins_object__.__setattr__(self,'sources',_dflt_sources() if sources is _HAS_DEFAULT_FACTORY else sources)\n  __dataclass_builtins_object__.__setattr__(self,'audiences',_dflt_audiences() if audiences is _HAS_DEFAULT_FACTORY else audiences)\n  __dataclass_builtins_object__.__setattr__(self,'sections',sections)\n  __dataclass_builtins_object__.__setattr__(self,'audience',audience)\n  __dataclass_builtins_object__.__setattr__(self,'pos',pos)\n  __dataclass_builtins_object__.__setattr__(self,'files',files)\n  __dataclass_builtins_object__.__setattr__(self,'reveal',reveal)\n  __dataclass_builtins_object__.__setattr__(self,'lang',lang)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_name, _type_values, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,name:_type_name,values:_type_values)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'values',values)
 return __init__


CODE["def __create_fn__(_type_name, _type_values, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,name:_type_name,values:_type_values)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'values',values)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_number, _type_kind, _type_title, _type_width, _type_height, _type_background, _type_boxes, _type_own_background, _type_notes, _type_details, _type_section, _type_pos, _type_continued, _type_sources, _type_media, _type_extra, _type_printed, _type_template_layout, _type_reveal, _type_underlay, _type_lang, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_own_background, _dflt_notes, _dflt_details, _dflt_section, _dflt_pos, _dflt_continued, _dflt_sources, _dflt_media, _dflt_extra, _dflt_printed, _dflt_template_layout, _dflt_reveal, _dflt_underlay, _dflt_lang, _return_type):
 def __init__(self,number:_type_number,kind:_type_kind,title:_type_title,width:_type_width,height:_type_height,background:_type_background,boxes:_type_boxes,own_background:_type_own_background=_dflt_own_background,notes:_type_notes=_dflt_notes,details:_type_details=_dflt_details,section:_type_section=_dflt_section,pos:_type_pos=_dflt_pos,continued:_type_continued=_dflt_continued,sources:_type_sources=_dflt_sources,media:_type_media=_dflt_media,extra:_type_extra=_dflt_extra,printed:_type_printed=_dflt_printed,template_layout:_type_template_layout=_dflt_template_layout,reveal:_type_reveal=_dflt_reveal,underlay:_type_underlay=_dflt_underlay,lang:_type_lang=_dflt_lang)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'number',number)
  __dataclass_builtins_object__.__setattr__(self,'kind',kind)
  __dataclass_builtins_object__.__setattr__(self,'title',title)
  __dataclass_builtins_object__.__setattr__(self,'width',width)
  __dataclass_builtins_object__.__setattr__(self,'height',height)
  __dataclass_builtins_object__.__setattr__(self,'background',background)
  __dataclass_builtins_object__.__setattr__(self,'boxes',boxes)
  __dataclass_builtins_object__.__setattr__(self,'own_background',own_background)
  __dataclass_builtins_object__.__setattr__(self,'notes',notes)
  __dataclass_builtins_object__.__setattr__(self,'details',details)
  __dataclass_builtins_object__.__setattr__(self,'section',section)
  __dataclass_builtins_object__.__setattr__(self,'pos',pos)
  __dataclass_builtins_object__.__setattr__(self,'continued',continued)
  __dataclass_builtins_object__.__setattr__(self,'sources',sources)
  __dataclass_builtins_object__.__setattr__(self,'media',media)
  __dataclass_builtins_object__.__setattr__(self,'extra',extra)
  __dataclass_builtins_object__.__setattr__(self,'printed',printed)
  __dataclass_builtins_object__.__setattr__(self,'template_layout',template_layout)
  __dataclass_builtins_object__.__setattr__(self,'reveal',reveal)
  __dataclass_builtins_object__.__setattr__(self,'underlay',underlay)
  __dataclass_builtins_object__.__setattr__(self,'lang',lang)
 return __init__


CODE["def __create_fn__(_type_number, _type_kind, _type_title, _type_width, _type_height, _type_background, _type_boxes, _type_own_background, _type_notes, _type_details, _type_section, _type_pos, _type_continued, _type_sources, _type_media, _type_extra, _type_printed, _type_template_layout, _type_reveal, _type_underlay, _type_lang, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_own_background, _dflt_notes, _dflt_details, _dflt_section, _dflt_pos, _dflt_continued, _dflt_sources, _dflt_media, _dflt_extra, _dflt_printed, _dflt_template_layout, _dflt_reveal, _dflt_underlay, _dflt_lang, _return_type):\n def __init__(self,number:_type_number,kind:_type_kind,title:_type_title,width:_type_width,height:_type_height,background:_type_background,boxes:_type_boxes,own_background:_type_own_background=_dflt_own_background,notes:_type_notes=_dflt_notes,details:_type_details=_dflt_details,section:_type_section=_dflt_section,pos:_type_pos=_dflt_pos,continued:_type_continued=_dflt_continued,sources:_type_sources=_dflt_sources,media:_type_media=_dflt_media,extra:_type_extra=_dflt_extra,printed:_type_printed=_dflt_printed,template_layout:_type_template_layout=_dflt_template_layout,reveal:_type_reveal=_dflt_reveal,underlay:_type_underlay=_dflt_underlay,lang:_type_lang=_dflt_lang)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'number',number)\n  __dataclass_builtins_object__.__setattr__(self,'kind',kind)\n  __dataclass_builtins_object__.__setattr__(self,'title',title)\n  __dataclass_builtins_object__.__setattr__(self,'width',width)\n  __dataclass_builtins_object__.__setattr__(self,'height',height)\n  __dataclass_builtins_object__.__setattr__(self,'background',background)\n  __dataclass_builtins_object__.__setattr__(self,'boxes',boxes)\n  __dataclass_builtins_object__.__setattr__(self,'own_background',own_background)\n  __dataclass_builtins_object__.__setattr__(self,'notes',notes)\n  __dataclass_builtins_object__.__setattr__(self,'details',details)\n  __dataclass_builtins_object__.__setattr__(self,'section',section)\n  __dataclass_builtins_object__.__setattr__(self,'pos',pos)\n  __dataclass_builtins_object__.__setattr__(self,'continued',continued)\n  __dataclass_builtins_object__.__setattr__(self,'sources',sources)\n  __dataclass_builtins_object__.__setattr__(self,'media',media)\n  __dataclass_builtins_object__.__setattr__(self,'extra',extra)\n  __dataclass_builtins_object__.__setattr__(self,'printed',printed)\n  __dataclass_builtins_object__.__setattr__(self,'template_layout',template_layout)\n  __dataclass_builtins_object__.__setattr__(self,'reveal',reveal)\n  __dataclass_builtins_object__.__setattr__(self,'underlay',underlay)\n  __dataclass_builtins_object__.__setattr__(self,'lang',lang)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_number, _type_width, _type_height, _type_boxes, _type_bookmarks, _type_key, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_bookmarks, _dflt_key, _return_type):
 def __init__(self,number:_type_number,width:_type_width,height:_type_height,boxes:_type_boxes,bookmarks:_type_bookmarks=_HAS_DEFAULT_FACTORY,key:_type_key=_dflt_key)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'number',number)
  __dataclass_builtins_object__.__setattr__(self,'width',width)
  __dataclass_builtins_object__.__setattr__(self,'height',height)
  __dataclass_builtins_object__.__setattr__(self,'boxes',boxes)
  __dataclass_builtins_object__.__setattr__(self,'bookmarks',_dflt_bookmarks() if bookmarks is _HAS_DEFAULT_FACTORY else bookmarks)
  __dataclass_builtins_object__.__setattr__(self,'key',key)
 return __init__


CODE["def __create_fn__(_type_number, _type_width, _type_height, _type_boxes, _type_bookmarks, _type_key, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_bookmarks, _dflt_key, _return_type):\n def __init__(self,number:_type_number,width:_type_width,height:_type_height,boxes:_type_boxes,bookmarks:_type_bookmarks=_HAS_DEFAULT_FACTORY,key:_type_key=_dflt_key)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'number',number)\n  __dataclass_builtins_object__.__setattr__(self,'width',width)\n  __dataclass_builtins_object__.__setattr__(self,'height',height)\n  __dataclass_builtins_object__.__setattr__(self,'boxes',boxes)\n  __dataclass_builtins_object__.__setattr__(self,'bookmarks',_dflt_bookmarks() if bookmarks is _HAS_DEFAULT_FACTORY else bookmarks)\n  __dataclass_builtins_object__.__setattr__(self,'key',key)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_only, _type_skip, _type_media, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_only, _dflt_skip, _dflt_media, _return_type):
 def __init__(self,only:_type_only=_dflt_only,skip:_type_skip=_dflt_skip,media:_type_media=_dflt_media)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'only',only)
  __dataclass_builtins_object__.__setattr__(self,'skip',skip)
  __dataclass_builtins_object__.__setattr__(self,'media',media)
 return __init__


CODE["def __create_fn__(_type_only, _type_skip, _type_media, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_only, _dflt_skip, _dflt_media, _return_type):\n def __init__(self,only:_type_only=_dflt_only,skip:_type_skip=_dflt_skip,media:_type_media=_dflt_media)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'only',only)\n  __dataclass_builtins_object__.__setattr__(self,'skip',skip)\n  __dataclass_builtins_object__.__setattr__(self,'media',media)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_page, _type_layout, _type_margins, _type_notes, _type_details, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,*,page:_type_page,layout:_type_layout,margins:_type_margins,notes:_type_notes,details:_type_details)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'page',page)
  __dataclass_builtins_object__.__setattr__(self,'layout',layout)
  __dataclass_builtins_object__.__setattr__(self,'margins',margins)
  __dataclass_builtins_object__.__setattr__(self,'notes',notes)
  __dataclass_builtins_object__.__setattr__(self,'details',details)
 return __init__


CODE["def __create_fn__(_type_page, _type_layout, _type_margins, _type_notes, _type_details, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,*,page:_type_page,layout:_type_layout,margins:_type_margins,notes:_type_notes,details:_type_details)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'page',page)\n  __dataclass_builtins_object__.__setattr__(self,'layout',layout)\n  __dataclass_builtins_object__.__setattr__(self,'margins',margins)\n  __dataclass_builtins_object__.__setattr__(self,'notes',notes)\n  __dataclass_builtins_object__.__setattr__(self,'details',details)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_page, _type_text, _type_x0, _type_x1, _type_top, _type_bottom, _type_size, _type_bold, _type_base, _type_column, _type_chars, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_base, _dflt_column, _dflt_chars, _return_type):
 def __init__(self,page:_type_page,text:_type_text,x0:_type_x0,x1:_type_x1,top:_type_top,bottom:_type_bottom,size:_type_size,bold:_type_bold,base:_type_base=_dflt_base,column:_type_column=_dflt_column,chars:_type_chars=_HAS_DEFAULT_FACTORY)->_return_type:
  self.page=page
  self.text=text
  self.x0=x0
  self.x1=x1
  self.top=top
  self.bottom=bottom
  self.size=size
  self.bold=bold
  self.base=base
  self.column=column
  self.chars=_dflt_chars() if chars is _HAS_DEFAULT_FACTORY else chars
 return __init__


CODE['def __create_fn__(_type_page, _type_text, _type_x0, _type_x1, _type_top, _type_bottom, _type_size, _type_bold, _type_base, _type_column, _type_chars, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_base, _dflt_column, _dflt_chars, _return_type):\n def __init__(self,page:_type_page,text:_type_text,x0:_type_x0,x1:_type_x1,top:_type_top,bottom:_type_bottom,size:_type_size,bold:_type_bold,base:_type_base=_dflt_base,column:_type_column=_dflt_column,chars:_type_chars=_HAS_DEFAULT_FACTORY)->_return_type:\n  self.page=page\n  self.text=text\n  self.x0=x0\n  self.x1=x1\n  self.top=top\n  self.bottom=bottom\n  self.size=size\n  self.bold=bold\n  self.base=base\n  self.column=column\n  self.chars=_dflt_chars() if chars is _HAS_DEFAULT_FACTORY else chars\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_para, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,para:_type_para)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'para',para)
 return __init__


CODE["def __create_fn__(_type_para, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,para:_type_para)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'para',para)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_part, _type_box, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_box, _return_type):
 def __init__(self,part:_type_part,box:_type_box=_dflt_box)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'part',part)
  __dataclass_builtins_object__.__setattr__(self,'box',box)
 return __init__


CODE["def __create_fn__(_type_part, _type_box, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_box, _return_type):\n def __init__(self,part:_type_part,box:_type_box=_dflt_box)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'part',part)\n  __dataclass_builtins_object__.__setattr__(self,'box',box)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_path, _type_alt, _type_caption, _type_width, _type_height, _type_pos, _type_decorative, _type_box_w, _type_box_h, _type_fit, _type_focus, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_alt, _dflt_caption, _dflt_width, _dflt_height, _dflt_pos, _dflt_decorative, _dflt_box_w, _dflt_box_h, _dflt_fit, _dflt_focus, _return_type):
 def __init__(self,path:_type_path,alt:_type_alt=_dflt_alt,caption:_type_caption=_dflt_caption,width:_type_width=_dflt_width,height:_type_height=_dflt_height,pos:_type_pos=_dflt_pos,decorative:_type_decorative=_dflt_decorative,box_w:_type_box_w=_dflt_box_w,box_h:_type_box_h=_dflt_box_h,fit:_type_fit=_dflt_fit,focus:_type_focus=_dflt_focus)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'path',path)
  __dataclass_builtins_object__.__setattr__(self,'alt',alt)
  __dataclass_builtins_object__.__setattr__(self,'caption',caption)
  __dataclass_builtins_object__.__setattr__(self,'width',width)
  __dataclass_builtins_object__.__setattr__(self,'height',height)
  __dataclass_builtins_object__.__setattr__(self,'pos',pos)
  __dataclass_builtins_object__.__setattr__(self,'decorative',decorative)
  __dataclass_builtins_object__.__setattr__(self,'box_w',box_w)
  __dataclass_builtins_object__.__setattr__(self,'box_h',box_h)
  __dataclass_builtins_object__.__setattr__(self,'fit',fit)
  __dataclass_builtins_object__.__setattr__(self,'focus',focus)
 return __init__


CODE["def __create_fn__(_type_path, _type_alt, _type_caption, _type_width, _type_height, _type_pos, _type_decorative, _type_box_w, _type_box_h, _type_fit, _type_focus, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_alt, _dflt_caption, _dflt_width, _dflt_height, _dflt_pos, _dflt_decorative, _dflt_box_w, _dflt_box_h, _dflt_fit, _dflt_focus, _return_type):\n def __init__(self,path:_type_path,alt:_type_alt=_dflt_alt,caption:_type_caption=_dflt_caption,width:_type_width=_dflt_width,height:_type_height=_dflt_height,pos:_type_pos=_dflt_pos,decorative:_type_decorative=_dflt_decorative,box_w:_type_box_w=_dflt_box_w,box_h:_type_box_h=_dflt_box_h,fit:_type_fit=_dflt_fit,focus:_type_focus=_dflt_focus)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'path',path)\n  __dataclass_builtins_object__.__setattr__(self,'alt',alt)\n  __dataclass_builtins_object__.__setattr__(self,'caption',caption)\n  __dataclass_builtins_object__.__setattr__(self,'width',width)\n  __dataclass_builtins_object__.__setattr__(self,'height',height)\n  __dataclass_builtins_object__.__setattr__(self,'pos',pos)\n  __dataclass_builtins_object__.__setattr__(self,'decorative',decorative)\n  __dataclass_builtins_object__.__setattr__(self,'box_w',box_w)\n  __dataclass_builtins_object__.__setattr__(self,'box_h',box_h)\n  __dataclass_builtins_object__.__setattr__(self,'fit',fit)\n  __dataclass_builtins_object__.__setattr__(self,'focus',focus)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_path, _type_display, _type_root, _type_text, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,path:_type_path,display:_type_display,root:_type_root,text:_type_text)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'path',path)
  __dataclass_builtins_object__.__setattr__(self,'display',display)
  __dataclass_builtins_object__.__setattr__(self,'root',root)
  __dataclass_builtins_object__.__setattr__(self,'text',text)
 return __init__


CODE["def __create_fn__(_type_path, _type_display, _type_root, _type_text, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,path:_type_path,display:_type_display,root:_type_root,text:_type_text)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'path',path)\n  __dataclass_builtins_object__.__setattr__(self,'display',display)\n  __dataclass_builtins_object__.__setattr__(self,'root',root)\n  __dataclass_builtins_object__.__setattr__(self,'text',text)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_path, _type_display, _type_sid, _type_fmt, _type_blocks, _type_dropped, _type_title, _type_author, _type_url, _type_date, _type_publisher, _type_unit, _type_skipped, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_blocks, _dflt_dropped, _dflt_title, _dflt_author, _dflt_url, _dflt_date, _dflt_publisher, _dflt_unit, _dflt_skipped, _return_type):
 def __init__(self,path:_type_path,display:_type_display,sid:_type_sid,fmt:_type_fmt,blocks:_type_blocks=_HAS_DEFAULT_FACTORY,dropped:_type_dropped=_HAS_DEFAULT_FACTORY,title:_type_title=_dflt_title,author:_type_author=_dflt_author,url:_type_url=_dflt_url,date:_type_date=_dflt_date,publisher:_type_publisher=_dflt_publisher,unit:_type_unit=_dflt_unit,skipped:_type_skipped=_HAS_DEFAULT_FACTORY)->_return_type:
  self.path=path
  self.display=display
  self.sid=sid
  self.fmt=fmt
  self.blocks=_dflt_blocks() if blocks is _HAS_DEFAULT_FACTORY else blocks
  self.dropped=_dflt_dropped() if dropped is _HAS_DEFAULT_FACTORY else dropped
  self.title=title
  self.author=author
  self.url=url
  self.date=date
  self.publisher=publisher
  self.unit=unit
  self.skipped=_dflt_skipped() if skipped is _HAS_DEFAULT_FACTORY else skipped
 return __init__


CODE['def __create_fn__(_type_path, _type_display, _type_sid, _type_fmt, _type_blocks, _type_dropped, _type_title, _type_author, _type_url, _type_date, _type_publisher, _type_unit, _type_skipped, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_blocks, _dflt_dropped, _dflt_title, _dflt_author, _dflt_url, _dflt_date, _dflt_publisher, _dflt_unit, _dflt_skipped, _return_type):\n def __init__(self,path:_type_path,display:_type_display,sid:_type_sid,fmt:_type_fmt,blocks:_type_blocks=_HAS_DEFAULT_FACTORY,dropped:_type_dropped=_HAS_DEFAULT_FACTORY,title:_type_title=_dflt_title,author:_type_author=_dflt_author,url:_type_url=_dflt_url,date:_type_date=_dflt_date,publisher:_type_publisher=_dflt_publisher,unit:_type_unit=_dflt_unit,skipped:_type_skipped=_HAS_DEFAULT_FACTORY)->_return_type:\n  self.path=path\n  self.display=display\n  self.sid=sid\n  self.fmt=fmt\n  self.blocks=_dflt_blocks() if blocks is _HAS_DEFAULT_FACTORY else blocks\n  self.dropped=_dflt_dropped() if dropped is _HAS_DEFAULT_FACTORY else dropped\n  self.title=title\n  self.author=author\n  self.url=url\n  self.date=date\n  self.publisher=publisher\n  self.unit=unit\n  self.skipped=_dflt_skipped() if skipped is _HAS_DEFAULT_FACTORY else skipped\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_path, _type_family, _type_style, _type_units_per_em, _type_ascent, _type_descent, _type_panose, _type_stamp, _type__font_, _type__cmap_, _type__units_, _type__widths, _type__texts, _type__damage_, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_panose, _dflt_stamp, _dflt__font_, _dflt__cmap_, _dflt__units_, _dflt__widths, _dflt__texts, _dflt__damage_, _return_type):
 def __init__(self,path:_type_path,family:_type_family,style:_type_style,units_per_em:_type_units_per_em,ascent:_type_ascent,descent:_type_descent,panose:_type_panose=_dflt_panose,stamp:_type_stamp=_dflt_stamp,_font_:_type__font_=_dflt__font_,_cmap_:_type__cmap_=_dflt__cmap_,_units_:_type__units_=_dflt__units_,_widths:_type__widths=_HAS_DEFAULT_FACTORY,_texts:_type__texts=_HAS_DEFAULT_FACTORY,_damage_:_type__damage_=_dflt__damage_)->_return_type:
  self.path=path
  self.family=family
  self.style=style
  self.units_per_em=units_per_em
  self.ascent=ascent
  self.descent=descent
  self.panose=panose
  self.stamp=stamp
  self._font_=_font_
  self._cmap_=_cmap_
  self._units_=_units_
  self._widths=_dflt__widths() if _widths is _HAS_DEFAULT_FACTORY else _widths
  self._texts=_dflt__texts() if _texts is _HAS_DEFAULT_FACTORY else _texts
  self._damage_=_damage_
 return __init__


CODE['def __create_fn__(_type_path, _type_family, _type_style, _type_units_per_em, _type_ascent, _type_descent, _type_panose, _type_stamp, _type__font_, _type__cmap_, _type__units_, _type__widths, _type__texts, _type__damage_, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_panose, _dflt_stamp, _dflt__font_, _dflt__cmap_, _dflt__units_, _dflt__widths, _dflt__texts, _dflt__damage_, _return_type):\n def __init__(self,path:_type_path,family:_type_family,style:_type_style,units_per_em:_type_units_per_em,ascent:_type_ascent,descent:_type_descent,panose:_type_panose=_dflt_panose,stamp:_type_stamp=_dflt_stamp,_font_:_type__font_=_dflt__font_,_cmap_:_type__cmap_=_dflt__cmap_,_units_:_type__units_=_dflt__units_,_widths:_type__widths=_HAS_DEFAULT_FACTORY,_texts:_type__texts=_HAS_DEFAULT_FACTORY,_damage_:_type__damage_=_dflt__damage_)->_return_type:\n  self.path=path\n  self.family=family\n  self.style=style\n  self.units_per_em=units_per_em\n  self.ascent=ascent\n  self.descent=descent\n  self.panose=panose\n  self.stamp=stamp\n  self._font_=_font_\n  self._cmap_=_cmap_\n  self._units_=_units_\n  self._widths=_dflt__widths() if _widths is _HAS_DEFAULT_FACTORY else _widths\n  self._texts=_dflt__texts() if _texts is _HAS_DEFAULT_FACTORY else _texts\n  self._damage_=_damage_\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_path, _type_line, _type_col, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_line, _dflt_col, _return_type):
 def __init__(self,path:_type_path,line:_type_line=_dflt_line,col:_type_col=_dflt_col)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'path',path)
  __dataclass_builtins_object__.__setattr__(self,'line',line)
  __dataclass_builtins_object__.__setattr__(self,'col',col)
 return __init__


CODE["def __create_fn__(_type_path, _type_line, _type_col, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_line, _dflt_col, _return_type):\n def __init__(self,path:_type_path,line:_type_line=_dflt_line,col:_type_col=_dflt_col)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'path',path)\n  __dataclass_builtins_object__.__setattr__(self,'line',line)\n  __dataclass_builtins_object__.__setattr__(self,'col',col)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_path, _type_width, _type_height, _type_layouts, _type_colors, _type_major_font, _type_minor_font, _type_slides, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_colors, _dflt_major_font, _dflt_minor_font, _dflt_slides, _return_type):
 def __init__(self,path:_type_path,width:_type_width,height:_type_height,layouts:_type_layouts,colors:_type_colors=_HAS_DEFAULT_FACTORY,major_font:_type_major_font=_dflt_major_font,minor_font:_type_minor_font=_dflt_minor_font,slides:_type_slides=_dflt_slides)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'path',path)
  __dataclass_builtins_object__.__setattr__(self,'width',width)
  __dataclass_builtins_object__.__setattr__(self,'height',height)
  __dataclass_builtins_object__.__setattr__(self,'layouts',layouts)
  __dataclass_builtins_object__.__setattr__(self,'colors',_dflt_colors() if colors is _HAS_DEFAULT_FACTORY else colors)
  __dataclass_builtins_object__.__setattr__(self,'major_font',major_font)
  __dataclass_builtins_object__.__setattr__(self,'minor_font',minor_font)
  __dataclass_builtins_object__.__setattr__(self,'slides',slides)
 return __init__


CODE["def __create_fn__(_type_path, _type_width, _type_height, _type_layouts, _type_colors, _type_major_font, _type_minor_font, _type_slides, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_colors, _dflt_major_font, _dflt_minor_font, _dflt_slides, _return_type):\n def __init__(self,path:_type_path,width:_type_width,height:_type_height,layouts:_type_layouts,colors:_type_colors=_HAS_DEFAULT_FACTORY,major_font:_type_major_font=_dflt_major_font,minor_font:_type_minor_font=_dflt_minor_font,slides:_type_slides=_dflt_slides)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'path',path)\n  __dataclass_builtins_object__.__setattr__(self,'width',width)\n  __dataclass_builtins_object__.__setattr__(self,'height',height)\n  __dataclass_builtins_object__.__setattr__(self,'layouts',layouts)\n  __dataclass_builtins_object__.__setattr__(self,'colors',_dflt_colors() if colors is _HAS_DEFAULT_FACTORY else colors)\n  __dataclass_builtins_object__.__setattr__(self,'major_font',major_font)\n  __dataclass_builtins_object__.__setattr__(self,'minor_font',minor_font)\n  __dataclass_builtins_object__.__setattr__(self,'slides',slides)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_points, _type_color, _type_width, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_width, _return_type):
 def __init__(self,points:_type_points,color:_type_color,width:_type_width=_dflt_width)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'points',points)
  __dataclass_builtins_object__.__setattr__(self,'color',color)
  __dataclass_builtins_object__.__setattr__(self,'width',width)
 return __init__


CODE["def __create_fn__(_type_points, _type_color, _type_width, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_width, _return_type):\n def __init__(self,points:_type_points,color:_type_color,width:_type_width=_dflt_width)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'points',points)\n  __dataclass_builtins_object__.__setattr__(self,'color',color)\n  __dataclass_builtins_object__.__setattr__(self,'width',width)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_pos, _type_severity, _type_message, _type_hint, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_hint, _return_type):
 def __init__(self,pos:_type_pos,severity:_type_severity,message:_type_message,hint:_type_hint=_dflt_hint)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'pos',pos)
  __dataclass_builtins_object__.__setattr__(self,'severity',severity)
  __dataclass_builtins_object__.__setattr__(self,'message',message)
  __dataclass_builtins_object__.__setattr__(self,'hint',hint)
 return __init__


CODE["def __create_fn__(_type_pos, _type_severity, _type_message, _type_hint, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_hint, _return_type):\n def __init__(self,pos:_type_pos,severity:_type_severity,message:_type_message,hint:_type_hint=_dflt_hint)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'pos',pos)\n  __dataclass_builtins_object__.__setattr__(self,'severity',severity)\n  __dataclass_builtins_object__.__setattr__(self,'message',message)\n  __dataclass_builtins_object__.__setattr__(self,'hint',hint)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_primary, _type_accent, _type_text, _type_background, _type_muted, _type_surface, _type_on_primary, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,*,primary:_type_primary,accent:_type_accent,text:_type_text,background:_type_background,muted:_type_muted,surface:_type_surface,on_primary:_type_on_primary)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'primary',primary)
  __dataclass_builtins_object__.__setattr__(self,'accent',accent)
  __dataclass_builtins_object__.__setattr__(self,'text',text)
  __dataclass_builtins_object__.__setattr__(self,'background',background)
  __dataclass_builtins_object__.__setattr__(self,'muted',muted)
  __dataclass_builtins_object__.__setattr__(self,'surface',surface)
  __dataclass_builtins_object__.__setattr__(self,'on_primary',on_primary)
 return __init__


CODE["def __create_fn__(_type_primary, _type_accent, _type_text, _type_background, _type_muted, _type_surface, _type_on_primary, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,*,primary:_type_primary,accent:_type_accent,text:_type_text,background:_type_background,muted:_type_muted,surface:_type_surface,on_primary:_type_on_primary)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'primary',primary)\n  __dataclass_builtins_object__.__setattr__(self,'accent',accent)\n  __dataclass_builtins_object__.__setattr__(self,'text',text)\n  __dataclass_builtins_object__.__setattr__(self,'background',background)\n  __dataclass_builtins_object__.__setattr__(self,'muted',muted)\n  __dataclass_builtins_object__.__setattr__(self,'surface',surface)\n  __dataclass_builtins_object__.__setattr__(self,'on_primary',on_primary)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_root, _type_allow, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_allow, _return_type):
 def __init__(self,root:_type_root,allow:_type_allow=_dflt_allow)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'root',root)
  __dataclass_builtins_object__.__setattr__(self,'allow',allow)
 return __init__


CODE["def __create_fn__(_type_root, _type_allow, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_allow, _return_type):\n def __init__(self,root:_type_root,allow:_type_allow=_dflt_allow)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'root',root)\n  __dataclass_builtins_object__.__setattr__(self,'allow',allow)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_root, _type_decks, _type_style, _type_out, _type_jobs, _type_formats, _type_file, _type_allow, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_decks, _dflt_style, _dflt_out, _dflt_jobs, _dflt_formats, _dflt_file, _dflt_allow, _return_type):
 def __init__(self,root:_type_root,decks:_type_decks=_HAS_DEFAULT_FACTORY,style:_type_style=_dflt_style,out:_type_out=_dflt_out,jobs:_type_jobs=_dflt_jobs,formats:_type_formats=_dflt_formats,file:_type_file=_dflt_file,allow:_type_allow=_dflt_allow)->_return_type:
  self.root=root
  self.decks=_dflt_decks() if decks is _HAS_DEFAULT_FACTORY else decks
  self.style=style
  self.out=out
  self.jobs=jobs
  self.formats=formats
  self.file=file
  self.allow=allow
 return __init__


CODE['def __create_fn__(_type_root, _type_decks, _type_style, _type_out, _type_jobs, _type_formats, _type_file, _type_allow, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_decks, _dflt_style, _dflt_out, _dflt_jobs, _dflt_formats, _dflt_file, _dflt_allow, _return_type):\n def __init__(self,root:_type_root,decks:_type_decks=_HAS_DEFAULT_FACTORY,style:_type_style=_dflt_style,out:_type_out=_dflt_out,jobs:_type_jobs=_dflt_jobs,formats:_type_formats=_dflt_formats,file:_type_file=_dflt_file,allow:_type_allow=_dflt_allow)->_return_type:\n  self.root=root\n  self.decks=_dflt_decks() if decks is _HAS_DEFAULT_FACTORY else decks\n  self.style=style\n  self.out=out\n  self.jobs=jobs\n  self.formats=formats\n  self.file=file\n  self.allow=allow\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_runs, _type_lines, _type_level, _type_size, _type_line_height, _type_space_before, _type_margin_left, _type_indent, _type_align, _type_marker, _type_top, _type_lang, _type_rtl, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_align, _dflt_marker, _dflt_top, _dflt_lang, _dflt_rtl, _return_type):
 def __init__(self,runs:_type_runs,lines:_type_lines,level:_type_level,size:_type_size,line_height:_type_line_height,space_before:_type_space_before,margin_left:_type_margin_left,indent:_type_indent,align:_type_align=_dflt_align,marker:_type_marker=_dflt_marker,top:_type_top=_dflt_top,lang:_type_lang=_dflt_lang,rtl:_type_rtl=_dflt_rtl)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'runs',runs)
  __dataclass_builtins_object__.__setattr__(self,'lines',lines)
  __dataclass_builtins_object__.__setattr__(self,'level',level)
  __dataclass_builtins_object__.__setattr__(self,'size',size)
  __dataclass_builtins_object__.__setattr__(self,'line_height',line_height)
  __dataclass_builtins_object__.__setattr__(self,'space_before',space_before)
  __dataclass_builtins_object__.__setattr__(self,'margin_left',margin_left)
  __dataclass_builtins_object__.__setattr__(self,'indent',indent)
  __dataclass_builtins_object__.__setattr__(self,'align',align)
  __dataclass_builtins_object__.__setattr__(self,'marker',marker)
  __dataclass_builtins_object__.__setattr__(self,'top',top)
  __dataclass_builtins_object__.__setattr__(self,'lang',lang)
  __dataclass_builtins_object__.__setattr__(self,'rtl',rtl)
 return __init__


CODE["def __create_fn__(_type_runs, _type_lines, _type_level, _type_size, _type_line_height, _type_space_before, _type_margin_left, _type_indent, _type_align, _type_marker, _type_top, _type_lang, _type_rtl, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_align, _dflt_marker, _dflt_top, _dflt_lang, _dflt_rtl, _return_type):\n def __init__(self,runs:_type_runs,lines:_type_lines,level:_type_level,size:_type_size,line_height:_type_line_height,space_before:_type_space_before,margin_left:_type_margin_left,indent:_type_indent,align:_type_align=_dflt_align,marker:_type_marker=_dflt_marker,top:_type_top=_dflt_top,lang:_type_lang=_dflt_lang,rtl:_type_rtl=_dflt_rtl)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'runs',runs)\n  __dataclass_builtins_object__.__setattr__(self,'lines',lines)\n  __dataclass_builtins_object__.__setattr__(self,'level',level)\n  __dataclass_builtins_object__.__setattr__(self,'size',size)\n  __dataclass_builtins_object__.__setattr__(self,'line_height',line_height)\n  __dataclass_builtins_object__.__setattr__(self,'space_before',space_before)\n  __dataclass_builtins_object__.__setattr__(self,'margin_left',margin_left)\n  __dataclass_builtins_object__.__setattr__(self,'indent',indent)\n  __dataclass_builtins_object__.__setattr__(self,'align',align)\n  __dataclass_builtins_object__.__setattr__(self,'marker',marker)\n  __dataclass_builtins_object__.__setattr__(self,'top',top)\n  __dataclass_builtins_object__.__setattr__(self,'lang',lang)\n  __dataclass_builtins_object__.__setattr__(self,'rtl',rtl)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_shape, _type_size, _type_width, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,shape:_type_shape,size:_type_size,width:_type_width)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'shape',shape)
  __dataclass_builtins_object__.__setattr__(self,'size',size)
  __dataclass_builtins_object__.__setattr__(self,'width',width)
 return __init__


CODE["def __create_fn__(_type_shape, _type_size, _type_width, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,shape:_type_shape,size:_type_size,width:_type_width)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'shape',shape)\n  __dataclass_builtins_object__.__setattr__(self,'size',size)\n  __dataclass_builtins_object__.__setattr__(self,'width',width)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_size, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,*,size:_type_size)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'size',size)
 return __init__


CODE["def __create_fn__(_type_size, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,*,size:_type_size)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'size',size)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_size, _type_rows, _type_paras, _type_numbers, _type_line_h, _type_pad_x, _type_pad_y, _type_num_w, _type_num_col, _type_text_w, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,size:_type_size,rows:_type_rows,paras:_type_paras,numbers:_type_numbers,line_h:_type_line_h,pad_x:_type_pad_x,pad_y:_type_pad_y,num_w:_type_num_w,num_col:_type_num_col,text_w:_type_text_w)->_return_type:
  self.size=size
  self.rows=rows
  self.paras=paras
  self.numbers=numbers
  self.line_h=line_h
  self.pad_x=pad_x
  self.pad_y=pad_y
  self.num_w=num_w
  self.num_col=num_col
  self.text_w=text_w
 return __init__


CODE['def __create_fn__(_type_size, _type_rows, _type_paras, _type_numbers, _type_line_h, _type_pad_x, _type_pad_y, _type_num_w, _type_num_col, _type_text_w, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,size:_type_size,rows:_type_rows,paras:_type_paras,numbers:_type_numbers,line_h:_type_line_h,pad_x:_type_pad_x,pad_y:_type_pad_y,num_w:_type_num_w,num_col:_type_num_col,text_w:_type_text_w)->_return_type:\n  self.size=size\n  self.rows=rows\n  self.paras=paras\n  self.numbers=numbers\n  self.line_h=line_h\n  self.pad_x=pad_x\n  self.pad_y=pad_y\n  self.num_w=num_w\n  self.num_col=num_col\n  self.text_w=text_w\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_slides, _type_diagnostics, _type_pptx, _type_memo, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_pptx, _dflt_memo, _return_type):
 def __init__(self,slides:_type_slides,diagnostics:_type_diagnostics,pptx:_type_pptx=_dflt_pptx,memo:_type_memo=_dflt_memo)->_return_type:
  self.slides=slides
  self.diagnostics=diagnostics
  self.pptx=pptx
  self.memo=memo
 return __init__


CODE['def __create_fn__(_type_slides, _type_diagnostics, _type_pptx, _type_memo, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_pptx, _dflt_memo, _return_type):\n def __init__(self,slides:_type_slides,diagnostics:_type_diagnostics,pptx:_type_pptx=_dflt_pptx,memo:_type_memo=_dflt_memo)->_return_type:\n  self.slides=slides\n  self.diagnostics=diagnostics\n  self.pptx=pptx\n  self.memo=memo\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_slides, _type_info, _type_report, _type__handout, _type__handout_pages, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_report, _dflt__handout, _dflt__handout_pages, _return_type):
 def __init__(self,slides:_type_slides,info:_type_info,report:_type_report=_dflt_report,_handout:_type__handout=_dflt__handout,_handout_pages:_type__handout_pages=_dflt__handout_pages)->_return_type:
  self.slides=slides
  self.info=info
  self.report=report
  self._handout=_handout
  self._handout_pages=_handout_pages
 return __init__


CODE['def __create_fn__(_type_slides, _type_info, _type_report, _type__handout, _type__handout_pages, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_report, _dflt__handout, _dflt__handout_pages, _return_type):\n def __init__(self,slides:_type_slides,info:_type_info,report:_type_report=_dflt_report,_handout:_type__handout=_dflt__handout,_handout_pages:_type__handout_pages=_dflt__handout_pages)->_return_type:\n  self.slides=slides\n  self.info=info\n  self.report=report\n  self._handout=_handout\n  self._handout_pages=_handout_pages\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_sources, _type_audiences, _type_files, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_sources, _dflt_audiences, _dflt_files, _return_type):
 def __init__(self,sources:_type_sources=_HAS_DEFAULT_FACTORY,audiences:_type_audiences=_HAS_DEFAULT_FACTORY,files:_type_files=_HAS_DEFAULT_FACTORY)->_return_type:
  self.sources=_dflt_sources() if sources is _HAS_DEFAULT_FACTORY else sources
  self.audiences=_dflt_audiences() if audiences is _HAS_DEFAULT_FACTORY else audiences
  self.files=_dflt_files() if files is _HAS_DEFAULT_FACTORY else files
 return __init__


CODE['def __create_fn__(_type_sources, _type_audiences, _type_files, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_sources, _dflt_audiences, _dflt_files, _return_type):\n def __init__(self,sources:_type_sources=_HAS_DEFAULT_FACTORY,audiences:_type_audiences=_HAS_DEFAULT_FACTORY,files:_type_files=_HAS_DEFAULT_FACTORY)->_return_type:\n  self.sources=_dflt_sources() if sources is _HAS_DEFAULT_FACTORY else sources\n  self.audiences=_dflt_audiences() if audiences is _HAS_DEFAULT_FACTORY else audiences\n  self.files=_dflt_files() if files is _HAS_DEFAULT_FACTORY else files\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_spec, _type_required, _type_doc, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_required, _dflt_doc, _return_type):
 def __init__(self,spec:_type_spec,required:_type_required=_dflt_required,doc:_type_doc=_dflt_doc)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'spec',spec)
  __dataclass_builtins_object__.__setattr__(self,'required',required)
  __dataclass_builtins_object__.__setattr__(self,'doc',doc)
 return __init__


CODE["def __create_fn__(_type_spec, _type_required, _type_doc, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_required, _dflt_doc, _return_type):\n def __init__(self,spec:_type_spec,required:_type_required=_dflt_required,doc:_type_doc=_dflt_doc)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'spec',spec)\n  __dataclass_builtins_object__.__setattr__(self,'required',required)\n  __dataclass_builtins_object__.__setattr__(self,'doc',doc)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_src, _type_alt, _type_line, _type_word, _type_caption, _type_figure, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_caption, _dflt_figure, _return_type):
 def __init__(self,src:_type_src,alt:_type_alt,line:_type_line,word:_type_word,caption:_type_caption=_dflt_caption,figure:_type_figure=_dflt_figure)->_return_type:
  self.src=src
  self.alt=alt
  self.line=line
  self.word=word
  self.caption=caption
  self.figure=figure
 return __init__


CODE['def __create_fn__(_type_src, _type_alt, _type_line, _type_word, _type_caption, _type_figure, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_caption, _dflt_figure, _return_type):\n def __init__(self,src:_type_src,alt:_type_alt,line:_type_line,word:_type_word,caption:_type_caption=_dflt_caption,figure:_type_figure=_dflt_figure)->_return_type:\n  self.src=src\n  self.alt=alt\n  self.line=line\n  self.word=word\n  self.caption=caption\n  self.figure=figure\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_target, _type_audience, _type_style, _type_style_base, _type_style_pos, _type_formats, _type_deck_name, _type_key, _type_state, _type_inputs, _type_allow, _type_dpi, _type_a11y, _type_owner, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_key, _dflt_state, _dflt_inputs, _dflt_allow, _dflt_dpi, _dflt_a11y, _dflt_owner, _return_type):
 def __init__(self,target:_type_target,audience:_type_audience,style:_type_style,style_base:_type_style_base,style_pos:_type_style_pos,formats:_type_formats,deck_name:_type_deck_name,key:_type_key=_dflt_key,state:_type_state=_dflt_state,inputs:_type_inputs=_dflt_inputs,allow:_type_allow=_dflt_allow,dpi:_type_dpi=_dflt_dpi,a11y:_type_a11y=_dflt_a11y,owner:_type_owner=_dflt_owner)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'target',target)
  __dataclass_builtins_object__.__setattr__(self,'audience',audience)
  __dataclass_builtins_object__.__setattr__(self,'style',style)
  __dataclass_builtins_object__.__setattr__(self,'style_base',style_base)
  __dataclass_builtins_object__.__setattr__(self,'style_pos',style_pos)
  __dataclass_builtins_object__.__setattr__(self,'formats',formats)
  __dataclass_builtins_object__.__setattr__(self,'deck_name',deck_name)
  __dataclass_builtins_object__.__setattr__(self,'key',key)
  __dataclass_builtins_object__.__setattr__(self,'state',state)
  __dataclass_builtins_object__.__setattr__(self,'inputs',inputs)
  __dataclass_builtins_object__.__setattr__(self,'allow',allow)
  __dataclass_builtins_object__.__setattr__(self,'dpi',dpi)
  __dataclass_builtins_object__.__setattr__(self,'a11y',a11y)
  __dataclass_builtins_object__.__setattr__(self,'owner',owner)
 return __init__


CODE["def __create_fn__(_type_target, _type_audience, _type_style, _type_style_base, _type_style_pos, _type_formats, _type_deck_name, _type_key, _type_state, _type_inputs, _type_allow, _type_dpi, _type_a11y, _type_owner, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_key, _dflt_state, _dflt_inputs, _dflt_allow, _dflt_dpi, _dflt_a11y, _dflt_owner, _return_type):\n def __init__(self,target:_type_target,audience:_type_audience,style:_type_style,style_base:_type_style_base,style_pos:_type_style_pos,formats:_type_formats,deck_name:_type_deck_name,key:_type_key=_dflt_key,state:_type_state=_dflt_state,inputs:_type_inputs=_dflt_inputs,allow:_type_allow=_dflt_allow,dpi:_type_dpi=_dflt_dpi,a11y:_type_a11y=_dflt_a11y,owner:_type_owner=_dflt_owner)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'target',target)\n  __dataclass_builtins_object__.__setattr__(self,'audience',audience)\n  __dataclass_builtins_object__.__setattr__(self,'style',style)\n  __dataclass_builtins_object__.__setattr__(self,'style_base',style_base)\n  __dataclass_builtins_object__.__setattr__(self,'style_pos',style_pos)\n  __dataclass_builtins_object__.__setattr__(self,'formats',formats)\n  __dataclass_builtins_object__.__setattr__(self,'deck_name',deck_name)\n  __dataclass_builtins_object__.__setattr__(self,'key',key)\n  __dataclass_builtins_object__.__setattr__(self,'state',state)\n  __dataclass_builtins_object__.__setattr__(self,'inputs',inputs)\n  __dataclass_builtins_object__.__setattr__(self,'allow',allow)\n  __dataclass_builtins_object__.__setattr__(self,'dpi',dpi)\n  __dataclass_builtins_object__.__setattr__(self,'a11y',a11y)\n  __dataclass_builtins_object__.__setattr__(self,'owner',owner)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_targets, _type_out_dir, _type_formats, _type_audience, _type_style, _type_style_base, _type_strict, _type_jobs, _type_force, _type_allow, _type_a11y, _type_progress, _type_dpi, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_targets, _dflt_out_dir, _dflt_formats, _dflt_audience, _dflt_style, _dflt_style_base, _dflt_strict, _dflt_jobs, _dflt_force, _dflt_allow, _dflt_a11y, _dflt_progress, _dflt_dpi, _return_type):
 def __init__(self,targets:_type_targets=_HAS_DEFAULT_FACTORY,out_dir:_type_out_dir=_dflt_out_dir,formats:_type_formats=_dflt_formats,audience:_type_audience=_dflt_audience,style:_type_style=_dflt_style,style_base:_type_style_base=_dflt_style_base,strict:_type_strict=_dflt_strict,jobs:_type_jobs=_dflt_jobs,force:_type_force=_dflt_force,allow:_type_allow=_dflt_allow,a11y:_type_a11y=_dflt_a11y,progress:_type_progress=_dflt_progress,dpi:_type_dpi=_dflt_dpi)->_return_type:
  self.targets=_dflt_targets() if targets is _HAS_DEFAULT_FACTORY else targets
  self.out_dir=out_dir
  self.formats=formats
  self.audience=audience
  self.style=style
  self.style_base=style_base
  self.strict=strict
  self.jobs=jobs
  self.force=force
  self.allow=allow
  self.a11y=a11y
  self.progress=progress
  self.dpi=dpi
 return __init__


CODE['def __create_fn__(_type_targets, _type_out_dir, _type_formats, _type_audience, _type_style, _type_style_base, _type_strict, _type_jobs, _type_force, _type_allow, _type_a11y, _type_progress, _type_dpi, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_targets, _dflt_out_dir, _dflt_formats, _dflt_audience, _dflt_style, _dflt_style_base, _dflt_strict, _dflt_jobs, _dflt_force, _dflt_allow, _dflt_a11y, _dflt_progress, _dflt_dpi, _return_type):\n def __init__(self,targets:_type_targets=_HAS_DEFAULT_FACTORY,out_dir:_type_out_dir=_dflt_out_dir,formats:_type_formats=_dflt_formats,audience:_type_audience=_dflt_audience,style:_type_style=_dflt_style,style_base:_type_style_base=_dflt_style_base,strict:_type_strict=_dflt_strict,jobs:_type_jobs=_dflt_jobs,force:_type_force=_dflt_force,allow:_type_allow=_dflt_allow,a11y:_type_a11y=_dflt_a11y,progress:_type_progress=_dflt_progress,dpi:_type_dpi=_dflt_dpi)->_return_type:\n  self.targets=_dflt_targets() if targets is _HAS_DEFAULT_FACTORY else targets\n  self.out_dir=out_dir\n  self.formats=formats\n  self.audience=audience\n  self.style=style\n  self.style_base=style_base\n  self.strict=strict\n  self.jobs=jobs\n  self.force=force\n  self.allow=allow\n  self.a11y=a11y\n  self.progress=progress\n  self.dpi=dpi\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_task, _type_diagnostics, _type_report, _type_slides, _type_files, _type_cached, _type_keep, _type_made, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_report, _dflt_slides, _dflt_files, _dflt_cached, _dflt_keep, _dflt_made, _return_type):
 def __init__(self,task:_type_task,diagnostics:_type_diagnostics,report:_type_report=_dflt_report,slides:_type_slides=_dflt_slides,files:_type_files=_HAS_DEFAULT_FACTORY,cached:_type_cached=_dflt_cached,keep:_type_keep=_HAS_DEFAULT_FACTORY,made:_type_made=_HAS_DEFAULT_FACTORY)->_return_type:
  self.task=task
  self.diagnostics=diagnostics
  self.report=report
  self.slides=slides
  self.files=_dflt_files() if files is _HAS_DEFAULT_FACTORY else files
  self.cached=cached
  self.keep=_dflt_keep() if keep is _HAS_DEFAULT_FACTORY else keep
  self.made=_dflt_made() if made is _HAS_DEFAULT_FACTORY else made
 return __init__


CODE['def __create_fn__(_type_task, _type_diagnostics, _type_report, _type_slides, _type_files, _type_cached, _type_keep, _type_made, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_report, _dflt_slides, _dflt_files, _dflt_cached, _dflt_keep, _dflt_made, _return_type):\n def __init__(self,task:_type_task,diagnostics:_type_diagnostics,report:_type_report=_dflt_report,slides:_type_slides=_dflt_slides,files:_type_files=_HAS_DEFAULT_FACTORY,cached:_type_cached=_dflt_cached,keep:_type_keep=_HAS_DEFAULT_FACTORY,made:_type_made=_HAS_DEFAULT_FACTORY)->_return_type:\n  self.task=task\n  self.diagnostics=diagnostics\n  self.report=report\n  self.slides=slides\n  self.files=_dflt_files() if files is _HAS_DEFAULT_FACTORY else files\n  self.cached=cached\n  self.keep=_dflt_keep() if keep is _HAS_DEFAULT_FACTORY else keep\n  self.made=_dflt_made() if made is _HAS_DEFAULT_FACTORY else made\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_template, _type_layouts, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_template, _dflt_layouts, _return_type):
 def __init__(self,*,template:_type_template=_dflt_template,layouts:_type_layouts=_HAS_DEFAULT_FACTORY)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'template',template)
  __dataclass_builtins_object__.__setattr__(self,'layouts',_dflt_layouts() if layouts is _HAS_DEFAULT_FACTORY else layouts)
 return __init__


CODE["def __create_fn__(_type_template, _type_layouts, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_template, _dflt_layouts, _return_type):\n def __init__(self,*,template:_type_template=_dflt_template,layouts:_type_layouts=_HAS_DEFAULT_FACTORY)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'template',template)\n  __dataclass_builtins_object__.__setattr__(self,'layouts',_dflt_layouts() if layouts is _HAS_DEFAULT_FACTORY else layouts)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_template_layout, _type_title, _type_content, _type_bodies, _type_subtitle, _type_footer, _type_decorate, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_bodies, _dflt_subtitle, _dflt_footer, _dflt_decorate, _return_type):
 def __init__(self,template_layout:_type_template_layout,title:_type_title,content:_type_content,bodies:_type_bodies=_dflt_bodies,subtitle:_type_subtitle=_dflt_subtitle,footer:_type_footer=_dflt_footer,decorate:_type_decorate=_dflt_decorate)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'template_layout',template_layout)
  __dataclass_builtins_object__.__setattr__(self,'title',title)
  __dataclass_builtins_object__.__setattr__(self,'content',content)
  __dataclass_builtins_object__.__setattr__(self,'bodies',bodies)
  __dataclass_builtins_object__.__setattr__(self,'subtitle',subtitle)
  __dataclass_builtins_object__.__setattr__(self,'footer',footer)
  __dataclass_builtins_object__.__setattr__(self,'decorate',decorate)
 return __init__


CODE["def __create_fn__(_type_template_layout, _type_title, _type_content, _type_bodies, _type_subtitle, _type_footer, _type_decorate, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_bodies, _dflt_subtitle, _dflt_footer, _dflt_decorate, _return_type):\n def __init__(self,template_layout:_type_template_layout,title:_type_title,content:_type_content,bodies:_type_bodies=_dflt_bodies,subtitle:_type_subtitle=_dflt_subtitle,footer:_type_footer=_dflt_footer,decorate:_type_decorate=_dflt_decorate)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'template_layout',template_layout)\n  __dataclass_builtins_object__.__setattr__(self,'title',title)\n  __dataclass_builtins_object__.__setattr__(self,'content',content)\n  __dataclass_builtins_object__.__setattr__(self,'bodies',bodies)\n  __dataclass_builtins_object__.__setattr__(self,'subtitle',subtitle)\n  __dataclass_builtins_object__.__setattr__(self,'footer',footer)\n  __dataclass_builtins_object__.__setattr__(self,'decorate',decorate)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_text, _type_block, _type_order, _type_words, _type_item, _type_opens, _type_children, _type_score, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_item, _dflt_opens, _dflt_children, _dflt_score, _return_type):
 def __init__(self,text:_type_text,block:_type_block,order:_type_order,words:_type_words,item:_type_item=_dflt_item,opens:_type_opens=_dflt_opens,children:_type_children=_HAS_DEFAULT_FACTORY,score:_type_score=_dflt_score)->_return_type:
  self.text=text
  self.block=block
  self.order=order
  self.words=words
  self.item=item
  self.opens=opens
  self.children=_dflt_children() if children is _HAS_DEFAULT_FACTORY else children
  self.score=score
 return __init__


CODE['def __create_fn__(_type_text, _type_block, _type_order, _type_words, _type_item, _type_opens, _type_children, _type_score, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_item, _dflt_opens, _dflt_children, _dflt_score, _return_type):\n def __init__(self,text:_type_text,block:_type_block,order:_type_order,words:_type_words,item:_type_item=_dflt_item,opens:_type_opens=_dflt_opens,children:_type_children=_HAS_DEFAULT_FACTORY,score:_type_score=_dflt_score)->_return_type:\n  self.text=text\n  self.block=block\n  self.order=order\n  self.words=words\n  self.item=item\n  self.opens=opens\n  self.children=_dflt_children() if children is _HAS_DEFAULT_FACTORY else children\n  self.score=score\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_text, _type_bold, _type_italic, _type_code, _type_link, _type_field, _type_color, _type_scale, _type_math, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_bold, _dflt_italic, _dflt_code, _dflt_link, _dflt_field, _dflt_color, _dflt_scale, _dflt_math, _return_type):
 def __init__(self,text:_type_text,bold:_type_bold=_dflt_bold,italic:_type_italic=_dflt_italic,code:_type_code=_dflt_code,link:_type_link=_dflt_link,field:_type_field=_dflt_field,color:_type_color=_dflt_color,scale:_type_scale=_dflt_scale,math:_type_math=_dflt_math)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'text',text)
  __dataclass_builtins_object__.__setattr__(self,'bold',bold)
  __dataclass_builtins_object__.__setattr__(self,'italic',italic)
  __dataclass_builtins_object__.__setattr__(self,'code',code)
  __dataclass_builtins_object__.__setattr__(self,'link',link)
  __dataclass_builtins_object__.__setattr__(self,'field',field)
  __dataclass_builtins_object__.__setattr__(self,'color',color)
  __dataclass_builtins_object__.__setattr__(self,'scale',scale)
  __dataclass_builtins_object__.__setattr__(self,'math',math)
 return __init__


CODE["def __create_fn__(_type_text, _type_bold, _type_italic, _type_code, _type_link, _type_field, _type_color, _type_scale, _type_math, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_bold, _dflt_italic, _dflt_code, _dflt_link, _dflt_field, _dflt_color, _dflt_scale, _dflt_math, _return_type):\n def __init__(self,text:_type_text,bold:_type_bold=_dflt_bold,italic:_type_italic=_dflt_italic,code:_type_code=_dflt_code,link:_type_link=_dflt_link,field:_type_field=_dflt_field,color:_type_color=_dflt_color,scale:_type_scale=_dflt_scale,math:_type_math=_dflt_math)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'text',text)\n  __dataclass_builtins_object__.__setattr__(self,'bold',bold)\n  __dataclass_builtins_object__.__setattr__(self,'italic',italic)\n  __dataclass_builtins_object__.__setattr__(self,'code',code)\n  __dataclass_builtins_object__.__setattr__(self,'link',link)\n  __dataclass_builtins_object__.__setattr__(self,'field',field)\n  __dataclass_builtins_object__.__setattr__(self,'color',color)\n  __dataclass_builtins_object__.__setattr__(self,'scale',scale)\n  __dataclass_builtins_object__.__setattr__(self,'math',math)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_text, _type_bullets, _type_sources, _type_vis, _type_pos, _type_lang, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_bullets, _dflt_sources, _dflt_vis, _dflt_pos, _dflt_lang, _return_type):
 def __init__(self,text:_type_text,bullets:_type_bullets=_dflt_bullets,sources:_type_sources=_dflt_sources,vis:_type_vis=_dflt_vis,pos:_type_pos=_dflt_pos,lang:_type_lang=_dflt_lang)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'text',text)
  __dataclass_builtins_object__.__setattr__(self,'bullets',bullets)
  __dataclass_builtins_object__.__setattr__(self,'sources',sources)
  __dataclass_builtins_object__.__setattr__(self,'vis',vis)
  __dataclass_builtins_object__.__setattr__(self,'pos',pos)
  __dataclass_builtins_object__.__setattr__(self,'lang',lang)
 return __init__


CODE["def __create_fn__(_type_text, _type_bullets, _type_sources, _type_vis, _type_pos, _type_lang, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_bullets, _dflt_sources, _dflt_vis, _dflt_pos, _dflt_lang, _return_type):\n def __init__(self,text:_type_text,bullets:_type_bullets=_dflt_bullets,sources:_type_sources=_dflt_sources,vis:_type_vis=_dflt_vis,pos:_type_pos=_dflt_pos,lang:_type_lang=_dflt_lang)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'text',text)\n  __dataclass_builtins_object__.__setattr__(self,'bullets',bullets)\n  __dataclass_builtins_object__.__setattr__(self,'sources',sources)\n  __dataclass_builtins_object__.__setattr__(self,'vis',vis)\n  __dataclass_builtins_object__.__setattr__(self,'pos',pos)\n  __dataclass_builtins_object__.__setattr__(self,'lang',lang)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_text, _type_by, _type_pos, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_by, _dflt_pos, _return_type):
 def __init__(self,text:_type_text,by:_type_by=_dflt_by,pos:_type_pos=_dflt_pos)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'text',text)
  __dataclass_builtins_object__.__setattr__(self,'by',by)
  __dataclass_builtins_object__.__setattr__(self,'pos',pos)
 return __init__


CODE["def __create_fn__(_type_text, _type_by, _type_pos, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_by, _dflt_pos, _return_type):\n def __init__(self,text:_type_text,by:_type_by=_dflt_by,pos:_type_pos=_dflt_pos)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'text',text)\n  __dataclass_builtins_object__.__setattr__(self,'by',by)\n  __dataclass_builtins_object__.__setattr__(self,'pos',pos)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_text, _type_color, _type_bold, _type_italic, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_bold, _dflt_italic, _return_type):
 def __init__(self,text:_type_text,color:_type_color,bold:_type_bold=_dflt_bold,italic:_type_italic=_dflt_italic)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'text',text)
  __dataclass_builtins_object__.__setattr__(self,'color',color)
  __dataclass_builtins_object__.__setattr__(self,'bold',bold)
  __dataclass_builtins_object__.__setattr__(self,'italic',italic)
 return __init__


CODE["def __create_fn__(_type_text, _type_color, _type_bold, _type_italic, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_bold, _dflt_italic, _return_type):\n def __init__(self,text:_type_text,color:_type_color,bold:_type_bold=_dflt_bold,italic:_type_italic=_dflt_italic)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'text',text)\n  __dataclass_builtins_object__.__setattr__(self,'color',color)\n  __dataclass_builtins_object__.__setattr__(self,'bold',bold)\n  __dataclass_builtins_object__.__setattr__(self,'italic',italic)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_text, _type_face, _type_size, _type_color, _type_bold, _type_italic, _type_code, _type_link, _type_field, _type_east_asian, _type_underline, _type_family, _type_math, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_bold, _dflt_italic, _dflt_code, _dflt_link, _dflt_field, _dflt_east_asian, _dflt_underline, _dflt_family, _dflt_math, _return_type):
 def __init__(self,text:_type_text,face:_type_face,size:_type_size,color:_type_color,bold:_type_bold=_dflt_bold,italic:_type_italic=_dflt_italic,code:_type_code=_dflt_code,link:_type_link=_dflt_link,field:_type_field=_dflt_field,east_asian:_type_east_asian=_dflt_east_asian,underline:_type_underline=_dflt_underline,family:_type_family=_dflt_family,math:_type_math=_dflt_math)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'text',text)
  __dataclass_builtins_object__.__setattr__(self,'face',face)
  __dataclass_builtins_object__.__setattr__(self,'size',size)
  __dataclass_builtins_object__.__setattr__(self,'color',color)
  __dataclass_builtins_object__.__setattr__(self,'bold',bold)
  __dataclass_builtins_object__.__setattr__(self,'italic',italic)
  __dataclass_builtins_object__.__setattr__(self,'code',code)
  __dataclass_builtins_object__.__setattr__(self,'link',link)
  __dataclass_builtins_object__.__setattr__(self,'field',field)
  __dataclass_builtins_object__.__setattr__(self,'east_asian',east_asian)
  __dataclass_builtins_object__.__setattr__(self,'underline',underline)
  __dataclass_builtins_object__.__setattr__(self,'family',family)
  __dataclass_builtins_object__.__setattr__(self,'math',math)
 return __init__


CODE["def __create_fn__(_type_text, _type_face, _type_size, _type_color, _type_bold, _type_italic, _type_code, _type_link, _type_field, _type_east_asian, _type_underline, _type_family, _type_math, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_bold, _dflt_italic, _dflt_code, _dflt_link, _dflt_field, _dflt_east_asian, _dflt_underline, _dflt_family, _dflt_math, _return_type):\n def __init__(self,text:_type_text,face:_type_face,size:_type_size,color:_type_color,bold:_type_bold=_dflt_bold,italic:_type_italic=_dflt_italic,code:_type_code=_dflt_code,link:_type_link=_dflt_link,field:_type_field=_dflt_field,east_asian:_type_east_asian=_dflt_east_asian,underline:_type_underline=_dflt_underline,family:_type_family=_dflt_family,math:_type_math=_dflt_math)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'text',text)\n  __dataclass_builtins_object__.__setattr__(self,'face',face)\n  __dataclass_builtins_object__.__setattr__(self,'size',size)\n  __dataclass_builtins_object__.__setattr__(self,'color',color)\n  __dataclass_builtins_object__.__setattr__(self,'bold',bold)\n  __dataclass_builtins_object__.__setattr__(self,'italic',italic)\n  __dataclass_builtins_object__.__setattr__(self,'code',code)\n  __dataclass_builtins_object__.__setattr__(self,'link',link)\n  __dataclass_builtins_object__.__setattr__(self,'field',field)\n  __dataclass_builtins_object__.__setattr__(self,'east_asian',east_asian)\n  __dataclass_builtins_object__.__setattr__(self,'underline',underline)\n  __dataclass_builtins_object__.__setattr__(self,'family',family)\n  __dataclass_builtins_object__.__setattr__(self,'math',math)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_text, _type_lang, _type_line_numbers, _type_highlight, _type_pos, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_lang, _dflt_line_numbers, _dflt_highlight, _dflt_pos, _return_type):
 def __init__(self,text:_type_text,lang:_type_lang=_dflt_lang,line_numbers:_type_line_numbers=_dflt_line_numbers,highlight:_type_highlight=_dflt_highlight,pos:_type_pos=_dflt_pos)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'text',text)
  __dataclass_builtins_object__.__setattr__(self,'lang',lang)
  __dataclass_builtins_object__.__setattr__(self,'line_numbers',line_numbers)
  __dataclass_builtins_object__.__setattr__(self,'highlight',highlight)
  __dataclass_builtins_object__.__setattr__(self,'pos',pos)
 return __init__


CODE["def __create_fn__(_type_text, _type_lang, _type_line_numbers, _type_highlight, _type_pos, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_lang, _dflt_line_numbers, _dflt_highlight, _dflt_pos, _return_type):\n def __init__(self,text:_type_text,lang:_type_lang=_dflt_lang,line_numbers:_type_line_numbers=_dflt_line_numbers,highlight:_type_highlight=_dflt_highlight,pos:_type_pos=_dflt_pos)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'text',text)\n  __dataclass_builtins_object__.__setattr__(self,'lang',lang)\n  __dataclass_builtins_object__.__setattr__(self,'line_numbers',line_numbers)\n  __dataclass_builtins_object__.__setattr__(self,'highlight',highlight)\n  __dataclass_builtins_object__.__setattr__(self,'pos',pos)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_text, _type_line, _type_end, _type_children, _type_whole, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_children, _dflt_whole, _return_type):
 def __init__(self,text:_type_text,line:_type_line,end:_type_end,children:_type_children=_HAS_DEFAULT_FACTORY,whole:_type_whole=_dflt_whole)->_return_type:
  self.text=text
  self.line=line
  self.end=end
  self.children=_dflt_children() if children is _HAS_DEFAULT_FACTORY else children
  self.whole=whole
 return __init__


CODE['def __create_fn__(_type_text, _type_line, _type_end, _type_children, _type_whole, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_children, _dflt_whole, _return_type):\n def __init__(self,text:_type_text,line:_type_line,end:_type_end,children:_type_children=_HAS_DEFAULT_FACTORY,whole:_type_whole=_dflt_whole)->_return_type:\n  self.text=text\n  self.line=line\n  self.end=end\n  self.children=_dflt_children() if children is _HAS_DEFAULT_FACTORY else children\n  self.whole=whole\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_text, _type_run, _type_x, _type_width, _type_rtl, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_rtl, _return_type):
 def __init__(self,text:_type_text,run:_type_run,x:_type_x,width:_type_width,rtl:_type_rtl=_dflt_rtl)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'text',text)
  __dataclass_builtins_object__.__setattr__(self,'run',run)
  __dataclass_builtins_object__.__setattr__(self,'x',x)
  __dataclass_builtins_object__.__setattr__(self,'width',width)
  __dataclass_builtins_object__.__setattr__(self,'rtl',rtl)
 return __init__


CODE["def __create_fn__(_type_text, _type_run, _type_x, _type_width, _type_rtl, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_rtl, _return_type):\n def __init__(self,text:_type_text,run:_type_run,x:_type_x,width:_type_width,rtl:_type_rtl=_dflt_rtl)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'text',text)\n  __dataclass_builtins_object__.__setattr__(self,'run',run)\n  __dataclass_builtins_object__.__setattr__(self,'x',x)\n  __dataclass_builtins_object__.__setattr__(self,'width',width)\n  __dataclass_builtins_object__.__setattr__(self,'rtl',rtl)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_theme, _type_colors, _type_text, _type_background, _type_line_numbers, _type_highlight, _type_size, _type_min_size, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_colors, _return_type):
 def __init__(self,*,theme:_type_theme,colors:_type_colors=_dflt_colors,text:_type_text,background:_type_background,line_numbers:_type_line_numbers,highlight:_type_highlight,size:_type_size,min_size:_type_min_size)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'theme',theme)
  __dataclass_builtins_object__.__setattr__(self,'colors',colors)
  __dataclass_builtins_object__.__setattr__(self,'text',text)
  __dataclass_builtins_object__.__setattr__(self,'background',background)
  __dataclass_builtins_object__.__setattr__(self,'line_numbers',line_numbers)
  __dataclass_builtins_object__.__setattr__(self,'highlight',highlight)
  __dataclass_builtins_object__.__setattr__(self,'size',size)
  __dataclass_builtins_object__.__setattr__(self,'min_size',min_size)
 return __init__


CODE["def __create_fn__(_type_theme, _type_colors, _type_text, _type_background, _type_line_numbers, _type_highlight, _type_size, _type_min_size, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_colors, _return_type):\n def __init__(self,*,theme:_type_theme,colors:_type_colors=_dflt_colors,text:_type_text,background:_type_background,line_numbers:_type_line_numbers,highlight:_type_highlight,size:_type_size,min_size:_type_min_size)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'theme',theme)\n  __dataclass_builtins_object__.__setattr__(self,'colors',colors)\n  __dataclass_builtins_object__.__setattr__(self,'text',text)\n  __dataclass_builtins_object__.__setattr__(self,'background',background)\n  __dataclass_builtins_object__.__setattr__(self,'line_numbers',line_numbers)\n  __dataclass_builtins_object__.__setattr__(self,'highlight',highlight)\n  __dataclass_builtins_object__.__setattr__(self,'size',size)\n  __dataclass_builtins_object__.__setattr__(self,'min_size',min_size)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_title, _type_blocks, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_blocks, _return_type):
 def __init__(self,title:_type_title,blocks:_type_blocks=_HAS_DEFAULT_FACTORY)->_return_type:
  self.title=title
  self.blocks=_dflt_blocks() if blocks is _HAS_DEFAULT_FACTORY else blocks
 return __init__


CODE['def __create_fn__(_type_title, _type_blocks, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_blocks, _return_type):\n def __init__(self,title:_type_title,blocks:_type_blocks=_HAS_DEFAULT_FACTORY)->_return_type:\n  self.title=title\n  self.blocks=_dflt_blocks() if blocks is _HAS_DEFAULT_FACTORY else blocks\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_title, _type_bullets, _type_pos, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_pos, _return_type):
 def __init__(self,title:_type_title,bullets:_type_bullets,pos:_type_pos=_dflt_pos)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'title',title)
  __dataclass_builtins_object__.__setattr__(self,'bullets',bullets)
  __dataclass_builtins_object__.__setattr__(self,'pos',pos)
 return __init__


CODE["def __create_fn__(_type_title, _type_bullets, _type_pos, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_pos, _return_type):\n def __init__(self,title:_type_title,bullets:_type_bullets,pos:_type_pos=_dflt_pos)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'title',title)\n  __dataclass_builtins_object__.__setattr__(self,'bullets',bullets)\n  __dataclass_builtins_object__.__setattr__(self,'pos',pos)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_title, _type_content, _type_todos, _type_line, _type_end, _type_picture, _type_caption, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_picture, _dflt_caption, _return_type):
 def __init__(self,title:_type_title,content:_type_content,todos:_type_todos,line:_type_line,end:_type_end,picture:_type_picture=_dflt_picture,caption:_type_caption=_dflt_caption)->_return_type:
  self.title=title
  self.content=content
  self.todos=todos
  self.line=line
  self.end=end
  self.picture=picture
  self.caption=caption
 return __init__


CODE['def __create_fn__(_type_title, _type_content, _type_todos, _type_line, _type_end, _type_picture, _type_caption, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_picture, _dflt_caption, _return_type):\n def __init__(self,title:_type_title,content:_type_content,todos:_type_todos,line:_type_line,end:_type_end,picture:_type_picture=_dflt_picture,caption:_type_caption=_dflt_caption)->_return_type:\n  self.title=title\n  self.content=content\n  self.todos=todos\n  self.line=line\n  self.end=end\n  self.picture=picture\n  self.caption=caption\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_title, _type_kind, _type_bullets, _type_columns, _type_quote, _type_image, _type_table, _type_chart, _type_timeline, _type_statement, _type_code, _type_math, _type_images, _type_background, _type_notes, _type_details, _type_sources, _type_vis, _type_variants, _type_pos, _type_reveal, _type_lang, _type_shown, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_kind, _dflt_bullets, _dflt_columns, _dflt_quote, _dflt_image, _dflt_table, _dflt_chart, _dflt_timeline, _dflt_statement, _dflt_code, _dflt_math, _dflt_images, _dflt_background, _dflt_notes, _dflt_details, _dflt_sources, _dflt_vis, _dflt_variants, _dflt_pos, _dflt_reveal, _dflt_lang, _dflt_shown, _return_type):
 def __init__(self,title:_type_title,kind:_type_kind=_dflt_kind,bullets:_type_bullets=_dflt_bullets,columns:_type_columns=_dflt_columns,quote:_type_quote=_dflt_quote,image:_type_image=_dflt_image,table:_type_table=_dflt_table,chart:_type_chart=_dflt_chart,timeline:_type_timeline=_dflt_timeline,statement:_type_statement=_dflt_statement,code:_type_code=_dflt_code,math:_type_math=_dflt_math,images:_type_images=_dflt_images,background:_type_background=_dflt_background,notes:_type_notes=_dflt_notes,details:_type_details=_dflt_details,sources:_type_sources=_dflt_sources,vis:_type_vis=_dflt_vis,variants:_type_variants=_HAS_DEFAULT_FACTORY,pos:_type_pos=_dflt_pos,reveal:_type_reveal=_dflt_reveal,lang:_type_lang=_dflt_lang,shown:_type_shown=_dflt_shown)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'title',title)
  __dataclass_builtins_object__.__setattr__(self,'kind',kind)
  __dataclass_builtins_object__.__setattr__(self,'bullets',bullets)
  __dataclass_builtins_object__.__setattr__(self,'columns',columns)
  __dataclass_builtins_object__.__setattr__(self,'quote',quote)
  __dataclass_builtins_object__.__setattr__(self,'image',image)
  __dataclass_builtins_object__.__setattr__(self,'table',table)
  __dataclass_builtins_object__.__setattr__(self,'chart',chart)
  __dataclass_builtins_object__.__setattr__(self,'timeline',timeline)
  __dataclass_builtins_object__.__setattr__(self,'statement',statement)
  __dataclass_builtins_object__.__setattr__(self,'code',code)
  __dataclass_builtins_object__.__setattr__(self,'math',math)
  __dataclass_builtins_object__.__setattr__(self,'images',images)
  __dataclass_builtins_object__.__setattr__(self,'background',background)
  __dataclass_builtins_object__.__setattr__(self,'notes',notes)
  __dataclass_builtins_object__.__setattr__(self,'details',details)
  __dataclass_builtins_object__.__setattr__(self,'sources',sources)
  __dataclass_builtins_object__.__setattr__(self,'vis',vis)
  __dataclass_builtins_object__.__setattr__(self,'variants',_dflt_variants() if variants is _HAS_DEFAULT_FACTORY else variants)
  __dataclass_builtins_object__.__setattr__(self,'pos',pos)
  __dataclass_builtins_object__.__setattr__(self,'reveal',reveal)
  __dataclass_builtins_object__.__setattr__(self,'lang',lang)
  __dataclass_builtins_object__.__setattr__(self,'shown',shown)
 return __init__


CODE["def __create_fn__(_type_title, _type_kind, _type_bullets, _type_columns, _type_quote, _type_image, _type_table, _type_chart, _type_timeline, _type_statement, _type_code, _type_math, _type_images, _type_background, _type_notes, _type_details, _type_sources, _type_vis, _type_variants, _type_pos, _type_reveal, _type_lang, _type_shown, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_kind, _dflt_bullets, _dflt_columns, _dflt_quote, _dflt_image, _dflt_table, _dflt_chart, _dflt_timeline, _dflt_statement, _dflt_code, _dflt_math, _dflt_images, _dflt_background, _dflt_notes, _dflt_details, _dflt_sources, _dflt_vis, _dflt_variants, _dflt_pos, _dflt_reveal, _dflt_lang, _dflt_shown, _return_type):\n def __init__(self,title:_type_title,kind:_type_kind=_dflt_kind,bullets:_type_bullets=_dflt_bullets,columns:_type_columns=_dflt_columns,quote:_type_quote=_dflt_quote,image:_type_image=_dflt_image,table:_type_table=_dflt_table,chart:_type_chart=_dflt_chart,timeline:_type_timeline=_dflt_timeline,statement:_type_statement=_dflt_statement,code:_type_code=_dflt_code,math:_type_math=_dflt_math,images:_type_images=_dflt_images,background:_type_background=_dflt_background,notes:_type_notes=_dflt_notes,details:_type_details=_dflt_details,sources:_type_sources=_dflt_sources,vis:_type_vis=_dflt_vis,variants:_type_variants=_HAS_DEFAULT_FACTORY,pos:_type_pos=_dflt_pos,reveal:_type_reveal=_dflt_reveal,lang:_type_lang=_dflt_lang,shown:_type_shown=_dflt_shown)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'title',title)\n  __dataclass_builtins_object__.__setattr__(self,'kind',kind)\n  __dataclass_builtins_object__.__setattr__(self,'bullets',bullets)\n  __dataclass_builtins_object__.__setattr__(self,'columns',columns)\n  __dataclass_builtins_object__.__setattr__(self,'quote',quote)\n  __dataclass_builtins_object__.__setattr__(self,'image',image)\n  __dataclass_builtins_object__.__setattr__(self,'table',table)\n  __dataclass_builtins_object__.__setattr__(self,'chart',chart)\n  __dataclass_builtins_object__.__setattr__(self,'timeline',timeline)\n  __dataclass_builtins_object__.__setattr__(self,'statement',statement)\n  __dataclass_builtins_object__.__setattr__(self,'code',code)\n  __dataclass_builtins_object__.__setattr__(self,'math',math)\n  __dataclass_builtins_object__.__setattr__(self,'images',images)\n  __dataclass_builtins_object__.__setattr__(self,'background',background)\n  __dataclass_builtins_object__.__setattr__(self,'notes',notes)\n  __dataclass_builtins_object__.__setattr__(self,'details',details)\n  __dataclass_builtins_object__.__setattr__(self,'sources',sources)\n  __dataclass_builtins_object__.__setattr__(self,'vis',vis)\n  __dataclass_builtins_object__.__setattr__(self,'variants',_dflt_variants() if variants is _HAS_DEFAULT_FACTORY else variants)\n  __dataclass_builtins_object__.__setattr__(self,'pos',pos)\n  __dataclass_builtins_object__.__setattr__(self,'reveal',reveal)\n  __dataclass_builtins_object__.__setattr__(self,'lang',lang)\n  __dataclass_builtins_object__.__setattr__(self,'shown',shown)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_title, _type_points, _type_todos, _type_special, _type_notes, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_todos, _dflt_special, _dflt_notes, _return_type):
 def __init__(self,title:_type_title,points:_type_points,todos:_type_todos=_HAS_DEFAULT_FACTORY,special:_type_special=_dflt_special,notes:_type_notes=_HAS_DEFAULT_FACTORY)->_return_type:
  self.title=title
  self.points=points
  self.todos=_dflt_todos() if todos is _HAS_DEFAULT_FACTORY else todos
  self.special=special
  self.notes=_dflt_notes() if notes is _HAS_DEFAULT_FACTORY else notes
 return __init__


CODE['def __create_fn__(_type_title, _type_points, _type_todos, _type_special, _type_notes, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_todos, _dflt_special, _dflt_notes, _return_type):\n def __init__(self,title:_type_title,points:_type_points,todos:_type_todos=_HAS_DEFAULT_FACTORY,special:_type_special=_dflt_special,notes:_type_notes=_HAS_DEFAULT_FACTORY)->_return_type:\n  self.title=title\n  self.points=points\n  self.todos=_dflt_todos() if todos is _HAS_DEFAULT_FACTORY else todos\n  self.special=special\n  self.notes=_dflt_notes() if notes is _HAS_DEFAULT_FACTORY else notes\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_title, _type_slides, _type_summary, _type_notes, _type_sources, _type_vis, _type_pos, _type_digest, _type_media, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_slides, _dflt_summary, _dflt_notes, _dflt_sources, _dflt_vis, _dflt_pos, _dflt_digest, _dflt_media, _return_type):
 def __init__(self,title:_type_title,slides:_type_slides=_dflt_slides,summary:_type_summary=_dflt_summary,notes:_type_notes=_dflt_notes,sources:_type_sources=_dflt_sources,vis:_type_vis=_dflt_vis,pos:_type_pos=_dflt_pos,digest:_type_digest=_dflt_digest,media:_type_media=_dflt_media)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'title',title)
  __dataclass_builtins_object__.__setattr__(self,'slides',slides)
  __dataclass_builtins_object__.__setattr__(self,'summary',summary)
  __dataclass_builtins_object__.__setattr__(self,'notes',notes)
  __dataclass_builtins_object__.__setattr__(self,'sources',sources)
  __dataclass_builtins_object__.__setattr__(self,'vis',vis)
  __dataclass_builtins_object__.__setattr__(self,'pos',pos)
  __dataclass_builtins_object__.__setattr__(self,'digest',digest)
  __dataclass_builtins_object__.__setattr__(self,'media',media)
 return __init__


CODE["def __create_fn__(_type_title, _type_slides, _type_summary, _type_notes, _type_sources, _type_vis, _type_pos, _type_digest, _type_media, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_slides, _dflt_summary, _dflt_notes, _dflt_sources, _dflt_vis, _dflt_pos, _dflt_digest, _dflt_media, _return_type):\n def __init__(self,title:_type_title,slides:_type_slides=_dflt_slides,summary:_type_summary=_dflt_summary,notes:_type_notes=_dflt_notes,sources:_type_sources=_dflt_sources,vis:_type_vis=_dflt_vis,pos:_type_pos=_dflt_pos,digest:_type_digest=_dflt_digest,media:_type_media=_dflt_media)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'title',title)\n  __dataclass_builtins_object__.__setattr__(self,'slides',slides)\n  __dataclass_builtins_object__.__setattr__(self,'summary',summary)\n  __dataclass_builtins_object__.__setattr__(self,'notes',notes)\n  __dataclass_builtins_object__.__setattr__(self,'sources',sources)\n  __dataclass_builtins_object__.__setattr__(self,'vis',vis)\n  __dataclass_builtins_object__.__setattr__(self,'pos',pos)\n  __dataclass_builtins_object__.__setattr__(self,'digest',digest)\n  __dataclass_builtins_object__.__setattr__(self,'media',media)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_title, _type_subtitle, _type_author, _type_date, _type_lang, _type_width, _type_height, _type_template, _type_template_size, _type_heading_font, _type_body_font, _type_colors, _type_master_background, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_colors, _dflt_master_background, _return_type):
 def __init__(self,title:_type_title,subtitle:_type_subtitle,author:_type_author,date:_type_date,lang:_type_lang,width:_type_width,height:_type_height,template:_type_template,template_size:_type_template_size,heading_font:_type_heading_font,body_font:_type_body_font,colors:_type_colors=_HAS_DEFAULT_FACTORY,master_background:_type_master_background=_dflt_master_background)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'title',title)
  __dataclass_builtins_object__.__setattr__(self,'subtitle',subtitle)
  __dataclass_builtins_object__.__setattr__(self,'author',author)
  __dataclass_builtins_object__.__setattr__(self,'date',date)
  __dataclass_builtins_object__.__setattr__(self,'lang',lang)
  __dataclass_builtins_object__.__setattr__(self,'width',width)
  __dataclass_builtins_object__.__setattr__(self,'height',height)
  __dataclass_builtins_object__.__setattr__(self,'template',template)
  __dataclass_builtins_object__.__setattr__(self,'template_size',template_size)
  __dataclass_builtins_object__.__setattr__(self,'heading_font',heading_font)
  __dataclass_builtins_object__.__setattr__(self,'body_font',body_font)
  __dataclass_builtins_object__.__setattr__(self,'colors',_dflt_colors() if colors is _HAS_DEFAULT_FACTORY else colors)
  __dataclass_builtins_object__.__setattr__(self,'master_background',master_background)
 return __init__


CODE["def __create_fn__(_type_title, _type_subtitle, _type_author, _type_date, _type_lang, _type_width, _type_height, _type_template, _type_template_size, _type_heading_font, _type_body_font, _type_colors, _type_master_background, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_colors, _dflt_master_background, _return_type):\n def __init__(self,title:_type_title,subtitle:_type_subtitle,author:_type_author,date:_type_date,lang:_type_lang,width:_type_width,height:_type_height,template:_type_template,template_size:_type_template_size,heading_font:_type_heading_font,body_font:_type_body_font,colors:_type_colors=_HAS_DEFAULT_FACTORY,master_background:_type_master_background=_dflt_master_background)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'title',title)\n  __dataclass_builtins_object__.__setattr__(self,'subtitle',subtitle)\n  __dataclass_builtins_object__.__setattr__(self,'author',author)\n  __dataclass_builtins_object__.__setattr__(self,'date',date)\n  __dataclass_builtins_object__.__setattr__(self,'lang',lang)\n  __dataclass_builtins_object__.__setattr__(self,'width',width)\n  __dataclass_builtins_object__.__setattr__(self,'height',height)\n  __dataclass_builtins_object__.__setattr__(self,'template',template)\n  __dataclass_builtins_object__.__setattr__(self,'template_size',template_size)\n  __dataclass_builtins_object__.__setattr__(self,'heading_font',heading_font)\n  __dataclass_builtins_object__.__setattr__(self,'body_font',body_font)\n  __dataclass_builtins_object__.__setattr__(self,'colors',_dflt_colors() if colors is _HAS_DEFAULT_FACTORY else colors)\n  __dataclass_builtins_object__.__setattr__(self,'master_background',master_background)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_title, _type_subtitle, _type_body, _type_min_body, _type_min_title, _type_notes, _type_footer, _type_sources, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,*,title:_type_title,subtitle:_type_subtitle,body:_type_body,min_body:_type_min_body,min_title:_type_min_title,notes:_type_notes,footer:_type_footer,sources:_type_sources)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'title',title)
  __dataclass_builtins_object__.__setattr__(self,'subtitle',subtitle)
  __dataclass_builtins_object__.__setattr__(self,'body',body)
  __dataclass_builtins_object__.__setattr__(self,'min_body',min_body)
  __dataclass_builtins_object__.__setattr__(self,'min_title',min_title)
  __dataclass_builtins_object__.__setattr__(self,'notes',notes)
  __dataclass_builtins_object__.__setattr__(self,'footer',footer)
  __dataclass_builtins_object__.__setattr__(self,'sources',sources)
 return __init__


CODE["def __create_fn__(_type_title, _type_subtitle, _type_body, _type_min_body, _type_min_title, _type_notes, _type_footer, _type_sources, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,*,title:_type_title,subtitle:_type_subtitle,body:_type_body,min_body:_type_min_body,min_title:_type_min_title,notes:_type_notes,footer:_type_footer,sources:_type_sources)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'title',title)\n  __dataclass_builtins_object__.__setattr__(self,'subtitle',subtitle)\n  __dataclass_builtins_object__.__setattr__(self,'body',body)\n  __dataclass_builtins_object__.__setattr__(self,'min_body',min_body)\n  __dataclass_builtins_object__.__setattr__(self,'min_title',min_title)\n  __dataclass_builtins_object__.__setattr__(self,'notes',notes)\n  __dataclass_builtins_object__.__setattr__(self,'footer',footer)\n  __dataclass_builtins_object__.__setattr__(self,'sources',sources)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_title, _type_subtitle, _type_byline, _type_audience, _type_sources, _type_cites, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_sources, _dflt_cites, _return_type):
 def __init__(self,title:_type_title,subtitle:_type_subtitle,byline:_type_byline,audience:_type_audience,sources:_type_sources=_HAS_DEFAULT_FACTORY,cites:_type_cites=_HAS_DEFAULT_FACTORY)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'title',title)
  __dataclass_builtins_object__.__setattr__(self,'subtitle',subtitle)
  __dataclass_builtins_object__.__setattr__(self,'byline',byline)
  __dataclass_builtins_object__.__setattr__(self,'audience',audience)
  __dataclass_builtins_object__.__setattr__(self,'sources',_dflt_sources() if sources is _HAS_DEFAULT_FACTORY else sources)
  __dataclass_builtins_object__.__setattr__(self,'cites',_dflt_cites() if cites is _HAS_DEFAULT_FACTORY else cites)
 return __init__


CODE["def __create_fn__(_type_title, _type_subtitle, _type_byline, _type_audience, _type_sources, _type_cites, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_sources, _dflt_cites, _return_type):\n def __init__(self,title:_type_title,subtitle:_type_subtitle,byline:_type_byline,audience:_type_audience,sources:_type_sources=_HAS_DEFAULT_FACTORY,cites:_type_cites=_HAS_DEFAULT_FACTORY)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'title',title)\n  __dataclass_builtins_object__.__setattr__(self,'subtitle',subtitle)\n  __dataclass_builtins_object__.__setattr__(self,'byline',byline)\n  __dataclass_builtins_object__.__setattr__(self,'audience',audience)\n  __dataclass_builtins_object__.__setattr__(self,'sources',_dflt_sources() if sources is _HAS_DEFAULT_FACTORY else sources)\n  __dataclass_builtins_object__.__setattr__(self,'cites',_dflt_cites() if cites is _HAS_DEFAULT_FACTORY else cites)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_type, _type_categories, _type_series, _type_pos, _type_alt, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_pos, _dflt_alt, _return_type):
 def __init__(self,type:_type_type,categories:_type_categories,series:_type_series,pos:_type_pos=_dflt_pos,alt:_type_alt=_dflt_alt)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'type',type)
  __dataclass_builtins_object__.__setattr__(self,'categories',categories)
  __dataclass_builtins_object__.__setattr__(self,'series',series)
  __dataclass_builtins_object__.__setattr__(self,'pos',pos)
  __dataclass_builtins_object__.__setattr__(self,'alt',alt)
 return __init__


CODE["def __create_fn__(_type_type, _type_categories, _type_series, _type_pos, _type_alt, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_pos, _dflt_alt, _return_type):\n def __init__(self,type:_type_type,categories:_type_categories,series:_type_series,pos:_type_pos=_dflt_pos,alt:_type_alt=_dflt_alt)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'type',type)\n  __dataclass_builtins_object__.__setattr__(self,'categories',categories)\n  __dataclass_builtins_object__.__setattr__(self,'series',series)\n  __dataclass_builtins_object__.__setattr__(self,'pos',pos)\n  __dataclass_builtins_object__.__setattr__(self,'alt',alt)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_type, _type_idx, _type_box, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,type:_type_type,idx:_type_idx,box:_type_box)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'type',type)
  __dataclass_builtins_object__.__setattr__(self,'idx',idx)
  __dataclass_builtins_object__.__setattr__(self,'box',box)
 return __init__


CODE["def __create_fn__(_type_type, _type_idx, _type_box, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,type:_type_type,idx:_type_idx,box:_type_box)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'type',type)\n  __dataclass_builtins_object__.__setattr__(self,'idx',idx)\n  __dataclass_builtins_object__.__setattr__(self,'box',box)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_width, _type_height, _type_alt, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,width:_type_width,height:_type_height,alt:_type_alt)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'width',width)
  __dataclass_builtins_object__.__setattr__(self,'height',height)
  __dataclass_builtins_object__.__setattr__(self,'alt',alt)
 return __init__


CODE["def __create_fn__(_type_width, _type_height, _type_alt, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,width:_type_width,height:_type_height,alt:_type_alt)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'width',width)\n  __dataclass_builtins_object__.__setattr__(self,'height',height)\n  __dataclass_builtins_object__.__setattr__(self,'alt',alt)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_width, _type_height, _type_margin, _type_title_top, _type_title_h, _type_rule_y, _type_body_top, _type_body_bottom, _type_footer_y, _type_footer_h, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,width:_type_width,height:_type_height,margin:_type_margin,title_top:_type_title_top,title_h:_type_title_h,rule_y:_type_rule_y,body_top:_type_body_top,body_bottom:_type_body_bottom,footer_y:_type_footer_y,footer_h:_type_footer_h)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'width',width)
  __dataclass_builtins_object__.__setattr__(self,'height',height)
  __dataclass_builtins_object__.__setattr__(self,'margin',margin)
  __dataclass_builtins_object__.__setattr__(self,'title_top',title_top)
  __dataclass_builtins_object__.__setattr__(self,'title_h',title_h)
  __dataclass_builtins_object__.__setattr__(self,'rule_y',rule_y)
  __dataclass_builtins_object__.__setattr__(self,'body_top',body_top)
  __dataclass_builtins_object__.__setattr__(self,'body_bottom',body_bottom)
  __dataclass_builtins_object__.__setattr__(self,'footer_y',footer_y)
  __dataclass_builtins_object__.__setattr__(self,'footer_h',footer_h)
 return __init__


CODE["def __create_fn__(_type_width, _type_height, _type_margin, _type_title_top, _type_title_h, _type_rule_y, _type_body_top, _type_body_bottom, _type_footer_y, _type_footer_h, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,width:_type_width,height:_type_height,margin:_type_margin,title_top:_type_title_top,title_h:_type_title_h,rule_y:_type_rule_y,body_top:_type_body_top,body_bottom:_type_body_bottom,footer_y:_type_footer_y,footer_h:_type_footer_h)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'width',width)\n  __dataclass_builtins_object__.__setattr__(self,'height',height)\n  __dataclass_builtins_object__.__setattr__(self,'margin',margin)\n  __dataclass_builtins_object__.__setattr__(self,'title_top',title_top)\n  __dataclass_builtins_object__.__setattr__(self,'title_h',title_h)\n  __dataclass_builtins_object__.__setattr__(self,'rule_y',rule_y)\n  __dataclass_builtins_object__.__setattr__(self,'body_top',body_top)\n  __dataclass_builtins_object__.__setattr__(self,'body_bottom',body_bottom)\n  __dataclass_builtins_object__.__setattr__(self,'footer_y',footer_y)\n  __dataclass_builtins_object__.__setattr__(self,'footer_h',footer_h)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_width, _type_height, _type_margin, _type_top, _type_bottom, _type_pages, _type_marks, _type_y, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_pages, _dflt_marks, _dflt_y, _return_type):
 def __init__(self,width:_type_width,height:_type_height,margin:_type_margin,top:_type_top,bottom:_type_bottom,pages:_type_pages=_HAS_DEFAULT_FACTORY,marks:_type_marks=_HAS_DEFAULT_FACTORY,y:_type_y=_dflt_y)->_return_type:
  self.width=width
  self.height=height
  self.margin=margin
  self.top=top
  self.bottom=bottom
  self.pages=_dflt_pages() if pages is _HAS_DEFAULT_FACTORY else pages
  self.marks=_dflt_marks() if marks is _HAS_DEFAULT_FACTORY else marks
  self.y=y
 return __init__


CODE['def __create_fn__(_type_width, _type_height, _type_margin, _type_top, _type_bottom, _type_pages, _type_marks, _type_y, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_pages, _dflt_marks, _dflt_y, _return_type):\n def __init__(self,width:_type_width,height:_type_height,margin:_type_margin,top:_type_top,bottom:_type_bottom,pages:_type_pages=_HAS_DEFAULT_FACTORY,marks:_type_marks=_HAS_DEFAULT_FACTORY,y:_type_y=_dflt_y)->_return_type:\n  self.width=width\n  self.height=height\n  self.margin=margin\n  self.top=top\n  self.bottom=bottom\n  self.pages=_dflt_pages() if pages is _HAS_DEFAULT_FACTORY else pages\n  self.marks=_dflt_marks() if marks is _HAS_DEFAULT_FACTORY else marks\n  self.y=y\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_words, _type_lines, _type_pieces, _type_too_deep, _type_figures, _type_title, _type_author, _type_url, _type__index, _type__covered, _type__starts, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_words, _dflt_lines, _dflt_pieces, _dflt_too_deep, _dflt_figures, _dflt_title, _dflt_author, _dflt_url, _dflt__index, _dflt__covered, _dflt__starts, _return_type):
 def __init__(self,words:_type_words=_HAS_DEFAULT_FACTORY,lines:_type_lines=_HAS_DEFAULT_FACTORY,pieces:_type_pieces=_HAS_DEFAULT_FACTORY,too_deep:_type_too_deep=_dflt_too_deep,figures:_type_figures=_HAS_DEFAULT_FACTORY,title:_type_title=_dflt_title,author:_type_author=_dflt_author,url:_type_url=_dflt_url,_index:_type__index=_dflt__index,_covered:_type__covered=_dflt__covered,_starts:_type__starts=_dflt__starts)->_return_type:
  self.words=_dflt_words() if words is _HAS_DEFAULT_FACTORY else words
  self.lines=_dflt_lines() if lines is _HAS_DEFAULT_FACTORY else lines
  self.pieces=_dflt_pieces() if pieces is _HAS_DEFAULT_FACTORY else pieces
  self.too_deep=too_deep
  self.figures=_dflt_figures() if figures is _HAS_DEFAULT_FACTORY else figures
  self.title=title
  self.author=author
  self.url=url
  self._index=_index
  self._covered=_covered
  self._starts=_starts
 return __init__


CODE['def __create_fn__(_type_words, _type_lines, _type_pieces, _type_too_deep, _type_figures, _type_title, _type_author, _type_url, _type__index, _type__covered, _type__starts, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_words, _dflt_lines, _dflt_pieces, _dflt_too_deep, _dflt_figures, _dflt_title, _dflt_author, _dflt_url, _dflt__index, _dflt__covered, _dflt__starts, _return_type):\n def __init__(self,words:_type_words=_HAS_DEFAULT_FACTORY,lines:_type_lines=_HAS_DEFAULT_FACTORY,pieces:_type_pieces=_HAS_DEFAULT_FACTORY,too_deep:_type_too_deep=_dflt_too_deep,figures:_type_figures=_HAS_DEFAULT_FACTORY,title:_type_title=_dflt_title,author:_type_author=_dflt_author,url:_type_url=_dflt_url,_index:_type__index=_dflt__index,_covered:_type__covered=_dflt__covered,_starts:_type__starts=_dflt__starts)->_return_type:\n  self.words=_dflt_words() if words is _HAS_DEFAULT_FACTORY else words\n  self.lines=_dflt_lines() if lines is _HAS_DEFAULT_FACTORY else lines\n  self.pieces=_dflt_pieces() if pieces is _HAS_DEFAULT_FACTORY else pieces\n  self.too_deep=too_deep\n  self.figures=_dflt_figures() if figures is _HAS_DEFAULT_FACTORY else figures\n  self.title=title\n  self.author=author\n  self.url=url\n  self._index=_index\n  self._covered=_covered\n  self._starts=_starts\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_written, _type_error, _type_failed, _type_kept, _type_not_restored, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_written, _dflt_error, _dflt_failed, _dflt_kept, _dflt_not_restored, _return_type):
 def __init__(self,written:_type_written=_HAS_DEFAULT_FACTORY,error:_type_error=_dflt_error,failed:_type_failed=_dflt_failed,kept:_type_kept=_HAS_DEFAULT_FACTORY,not_restored:_type_not_restored=_HAS_DEFAULT_FACTORY)->_return_type:
  self.written=_dflt_written() if written is _HAS_DEFAULT_FACTORY else written
  self.error=error
  self.failed=failed
  self.kept=_dflt_kept() if kept is _HAS_DEFAULT_FACTORY else kept
  self.not_restored=_dflt_not_restored() if not_restored is _HAS_DEFAULT_FACTORY else not_restored
 return __init__


CODE['def __create_fn__(_type_written, _type_error, _type_failed, _type_kept, _type_not_restored, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_written, _dflt_error, _dflt_failed, _dflt_kept, _dflt_not_restored, _return_type):\n def __init__(self,written:_type_written=_HAS_DEFAULT_FACTORY,error:_type_error=_dflt_error,failed:_type_failed=_dflt_failed,kept:_type_kept=_HAS_DEFAULT_FACTORY,not_restored:_type_not_restored=_HAS_DEFAULT_FACTORY)->_return_type:\n  self.written=_dflt_written() if written is _HAS_DEFAULT_FACTORY else written\n  self.error=error\n  self.failed=failed\n  self.kept=_dflt_kept() if kept is _HAS_DEFAULT_FACTORY else kept\n  self.not_restored=_dflt_not_restored() if not_restored is _HAS_DEFAULT_FACTORY else not_restored\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_x, _type_y, _type_w, _type_h, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,x:_type_x,y:_type_y,w:_type_w,h:_type_h)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'x',x)
  __dataclass_builtins_object__.__setattr__(self,'y',y)
  __dataclass_builtins_object__.__setattr__(self,'w',w)
  __dataclass_builtins_object__.__setattr__(self,'h',h)
 return __init__


CODE["def __create_fn__(_type_x, _type_y, _type_w, _type_h, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,x:_type_x,y:_type_y,w:_type_w,h:_type_h)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'x',x)\n  __dataclass_builtins_object__.__setattr__(self,'y',y)\n  __dataclass_builtins_object__.__setattr__(self,'w',w)\n  __dataclass_builtins_object__.__setattr__(self,'h',h)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_x, _type_y, _type_w, _type_h, _type_fill, _type_line, _type_line_width, _type_name, _type_geom, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_line, _dflt_line_width, _dflt_name, _dflt_geom, _return_type):
 def __init__(self,x:_type_x,y:_type_y,w:_type_w,h:_type_h,fill:_type_fill,line:_type_line=_dflt_line,line_width:_type_line_width=_dflt_line_width,name:_type_name=_dflt_name,geom:_type_geom=_dflt_geom)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'x',x)
  __dataclass_builtins_object__.__setattr__(self,'y',y)
  __dataclass_builtins_object__.__setattr__(self,'w',w)
  __dataclass_builtins_object__.__setattr__(self,'h',h)
  __dataclass_builtins_object__.__setattr__(self,'fill',fill)
  __dataclass_builtins_object__.__setattr__(self,'line',line)
  __dataclass_builtins_object__.__setattr__(self,'line_width',line_width)
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'geom',geom)
 return __init__


CODE["def __create_fn__(_type_x, _type_y, _type_w, _type_h, _type_fill, _type_line, _type_line_width, _type_name, _type_geom, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_line, _dflt_line_width, _dflt_name, _dflt_geom, _return_type):\n def __init__(self,x:_type_x,y:_type_y,w:_type_w,h:_type_h,fill:_type_fill,line:_type_line=_dflt_line,line_width:_type_line_width=_dflt_line_width,name:_type_name=_dflt_name,geom:_type_geom=_dflt_geom)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'x',x)\n  __dataclass_builtins_object__.__setattr__(self,'y',y)\n  __dataclass_builtins_object__.__setattr__(self,'w',w)\n  __dataclass_builtins_object__.__setattr__(self,'h',h)\n  __dataclass_builtins_object__.__setattr__(self,'fill',fill)\n  __dataclass_builtins_object__.__setattr__(self,'line',line)\n  __dataclass_builtins_object__.__setattr__(self,'line_width',line_width)\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'geom',geom)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_x, _type_y, _type_w, _type_h, _type_ox, _type_oy, _type_shape, _type_size, _type_color, _type_owner, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_owner, _return_type):
 def __init__(self,x:_type_x,y:_type_y,w:_type_w,h:_type_h,ox:_type_ox,oy:_type_oy,shape:_type_shape,size:_type_size,color:_type_color,owner:_type_owner=_dflt_owner)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'x',x)
  __dataclass_builtins_object__.__setattr__(self,'y',y)
  __dataclass_builtins_object__.__setattr__(self,'w',w)
  __dataclass_builtins_object__.__setattr__(self,'h',h)
  __dataclass_builtins_object__.__setattr__(self,'ox',ox)
  __dataclass_builtins_object__.__setattr__(self,'oy',oy)
  __dataclass_builtins_object__.__setattr__(self,'shape',shape)
  __dataclass_builtins_object__.__setattr__(self,'size',size)
  __dataclass_builtins_object__.__setattr__(self,'color',color)
  __dataclass_builtins_object__.__setattr__(self,'owner',owner)
 return __init__


CODE["def __create_fn__(_type_x, _type_y, _type_w, _type_h, _type_ox, _type_oy, _type_shape, _type_size, _type_color, _type_owner, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_owner, _return_type):\n def __init__(self,x:_type_x,y:_type_y,w:_type_w,h:_type_h,ox:_type_ox,oy:_type_oy,shape:_type_shape,size:_type_size,color:_type_color,owner:_type_owner=_dflt_owner)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'x',x)\n  __dataclass_builtins_object__.__setattr__(self,'y',y)\n  __dataclass_builtins_object__.__setattr__(self,'w',w)\n  __dataclass_builtins_object__.__setattr__(self,'h',h)\n  __dataclass_builtins_object__.__setattr__(self,'ox',ox)\n  __dataclass_builtins_object__.__setattr__(self,'oy',oy)\n  __dataclass_builtins_object__.__setattr__(self,'shape',shape)\n  __dataclass_builtins_object__.__setattr__(self,'size',size)\n  __dataclass_builtins_object__.__setattr__(self,'color',color)\n  __dataclass_builtins_object__.__setattr__(self,'owner',owner)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_x, _type_y, _type_w, _type_h, _type_paragraphs, _type_role, _type_anchor, _type_placeholder, _type_content_height, _type_rotation, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_anchor, _dflt_placeholder, _dflt_content_height, _dflt_rotation, _return_type):
 def __init__(self,x:_type_x,y:_type_y,w:_type_w,h:_type_h,paragraphs:_type_paragraphs,role:_type_role,anchor:_type_anchor=_dflt_anchor,placeholder:_type_placeholder=_dflt_placeholder,content_height:_type_content_height=_dflt_content_height,rotation:_type_rotation=_dflt_rotation)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'x',x)
  __dataclass_builtins_object__.__setattr__(self,'y',y)
  __dataclass_builtins_object__.__setattr__(self,'w',w)
  __dataclass_builtins_object__.__setattr__(self,'h',h)
  __dataclass_builtins_object__.__setattr__(self,'paragraphs',paragraphs)
  __dataclass_builtins_object__.__setattr__(self,'role',role)
  __dataclass_builtins_object__.__setattr__(self,'anchor',anchor)
  __dataclass_builtins_object__.__setattr__(self,'placeholder',placeholder)
  __dataclass_builtins_object__.__setattr__(self,'content_height',content_height)
  __dataclass_builtins_object__.__setattr__(self,'rotation',rotation)
 return __init__


CODE["def __create_fn__(_type_x, _type_y, _type_w, _type_h, _type_paragraphs, _type_role, _type_anchor, _type_placeholder, _type_content_height, _type_rotation, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_anchor, _dflt_placeholder, _dflt_content_height, _dflt_rotation, _return_type):\n def __init__(self,x:_type_x,y:_type_y,w:_type_w,h:_type_h,paragraphs:_type_paragraphs,role:_type_role,anchor:_type_anchor=_dflt_anchor,placeholder:_type_placeholder=_dflt_placeholder,content_height:_type_content_height=_dflt_content_height,rotation:_type_rotation=_dflt_rotation)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'x',x)\n  __dataclass_builtins_object__.__setattr__(self,'y',y)\n  __dataclass_builtins_object__.__setattr__(self,'w',w)\n  __dataclass_builtins_object__.__setattr__(self,'h',h)\n  __dataclass_builtins_object__.__setattr__(self,'paragraphs',paragraphs)\n  __dataclass_builtins_object__.__setattr__(self,'role',role)\n  __dataclass_builtins_object__.__setattr__(self,'anchor',anchor)\n  __dataclass_builtins_object__.__setattr__(self,'placeholder',placeholder)\n  __dataclass_builtins_object__.__setattr__(self,'content_height',content_height)\n  __dataclass_builtins_object__.__setattr__(self,'rotation',rotation)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_x, _type_y, _type_w, _type_h, _type_path, _type_alt, _type_name, _type_decorative, _type_crop, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_alt, _dflt_name, _dflt_decorative, _dflt_crop, _return_type):
 def __init__(self,x:_type_x,y:_type_y,w:_type_w,h:_type_h,path:_type_path,alt:_type_alt=_dflt_alt,name:_type_name=_dflt_name,decorative:_type_decorative=_dflt_decorative,crop:_type_crop=_dflt_crop)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'x',x)
  __dataclass_builtins_object__.__setattr__(self,'y',y)
  __dataclass_builtins_object__.__setattr__(self,'w',w)
  __dataclass_builtins_object__.__setattr__(self,'h',h)
  __dataclass_builtins_object__.__setattr__(self,'path',path)
  __dataclass_builtins_object__.__setattr__(self,'alt',alt)
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'decorative',decorative)
  __dataclass_builtins_object__.__setattr__(self,'crop',crop)
 return __init__


CODE["def __create_fn__(_type_x, _type_y, _type_w, _type_h, _type_path, _type_alt, _type_name, _type_decorative, _type_crop, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_alt, _dflt_name, _dflt_decorative, _dflt_crop, _return_type):\n def __init__(self,x:_type_x,y:_type_y,w:_type_w,h:_type_h,path:_type_path,alt:_type_alt=_dflt_alt,name:_type_name=_dflt_name,decorative:_type_decorative=_dflt_decorative,crop:_type_crop=_dflt_crop)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'x',x)\n  __dataclass_builtins_object__.__setattr__(self,'y',y)\n  __dataclass_builtins_object__.__setattr__(self,'w',w)\n  __dataclass_builtins_object__.__setattr__(self,'h',h)\n  __dataclass_builtins_object__.__setattr__(self,'path',path)\n  __dataclass_builtins_object__.__setattr__(self,'alt',alt)\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'decorative',decorative)\n  __dataclass_builtins_object__.__setattr__(self,'crop',crop)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_x, _type_y, _type_w, _type_h, _type_slide, _type_border, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_border, _return_type):
 def __init__(self,x:_type_x,y:_type_y,w:_type_w,h:_type_h,slide:_type_slide,border:_type_border=_dflt_border)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'x',x)
  __dataclass_builtins_object__.__setattr__(self,'y',y)
  __dataclass_builtins_object__.__setattr__(self,'w',w)
  __dataclass_builtins_object__.__setattr__(self,'h',h)
  __dataclass_builtins_object__.__setattr__(self,'slide',slide)
  __dataclass_builtins_object__.__setattr__(self,'border',border)
 return __init__


CODE["def __create_fn__(_type_x, _type_y, _type_w, _type_h, _type_slide, _type_border, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_border, _return_type):\n def __init__(self,x:_type_x,y:_type_y,w:_type_w,h:_type_h,slide:_type_slide,border:_type_border=_dflt_border)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'x',x)\n  __dataclass_builtins_object__.__setattr__(self,'y',y)\n  __dataclass_builtins_object__.__setattr__(self,'w',w)\n  __dataclass_builtins_object__.__setattr__(self,'h',h)\n  __dataclass_builtins_object__.__setattr__(self,'slide',slide)\n  __dataclass_builtins_object__.__setattr__(self,'border',border)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_x, _type_y, _type_w, _type_h, _type_source, _type_part, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,x:_type_x,y:_type_y,w:_type_w,h:_type_h,source:_type_source,part:_type_part)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'x',x)
  __dataclass_builtins_object__.__setattr__(self,'y',y)
  __dataclass_builtins_object__.__setattr__(self,'w',w)
  __dataclass_builtins_object__.__setattr__(self,'h',h)
  __dataclass_builtins_object__.__setattr__(self,'source',source)
  __dataclass_builtins_object__.__setattr__(self,'part',part)
 return __init__


CODE["def __create_fn__(_type_x, _type_y, _type_w, _type_h, _type_source, _type_part, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,x:_type_x,y:_type_y,w:_type_w,h:_type_h,source:_type_source,part:_type_part)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'x',x)\n  __dataclass_builtins_object__.__setattr__(self,'y',y)\n  __dataclass_builtins_object__.__setattr__(self,'w',w)\n  __dataclass_builtins_object__.__setattr__(self,'h',h)\n  __dataclass_builtins_object__.__setattr__(self,'source',source)\n  __dataclass_builtins_object__.__setattr__(self,'part',part)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_x, _type_y, _type_w, _type_h, _type_type, _type_categories, _type_series, _type_colors, _type_font, _type_font_size, _type_text_color, _type_drawing, _type_alt, _type_grid_color, _type_axis_color, _type_grid_width, _type_axis_width, _type_line_width, _type_marker_size, _type_bar_gap, _type_bar_overlap, _type_tick_marks, _type_slice_line, _type_slice_line_width, _type_axis, _type_tick_format, _type_label_format, _type_data_labels, _type_label_positions, _type_label_colors, _type_label_bold, _type_label_shows, _type_legend, _type_legend_box, _type_plot, _type_category_skip, _type_category_rotation, _type_bottom_up, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_drawing, _dflt_alt, _dflt_grid_color, _dflt_axis_color, _dflt_grid_width, _dflt_axis_width, _dflt_line_width, _dflt_marker_size, _dflt_bar_gap, _dflt_bar_overlap, _dflt_tick_marks, _dflt_slice_line, _dflt_slice_line_width, _dflt_axis, _dflt_tick_format, _dflt_label_format, _dflt_data_labels, _dflt_label_positions, _dflt_label_colors, _dflt_label_bold, _dflt_label_shows, _dflt_legend, _dflt_legend_box, _dflt_plot, _dflt_category_skip, _dflt_category_rotation, _dflt_bottom_up, _return_type):
 def __init__(self,x:_type_x,y:_type_y,w:_type_w,h:_type_h,type:_type_type,categories:_type_categories,series:_type_series,colors:_type_colors,font:_type_font,font_size:_type_font_size,text_color:_type_text_color,drawing:_type_drawing=_dflt_drawing,alt:_type_alt=_dflt_alt,grid_color:_type_grid_color=_dflt_grid_color,axis_color:_type_axis_color=_dflt_axis_color,grid_width:_type_grid_width=_dflt_grid_width,axis_width:_type_axis_width=_dflt_axis_width,line_width:_type_line_width=_dflt_line_width,marker_size:_type_marker_size=_dflt_marker_size,bar_gap:_type_bar_gap=_dflt_bar_gap,bar_overlap:_type_bar_overlap=_dflt_bar_overlap,tick_marks:_type_tick_marks=_dflt_tick_marks,slice_line:_type_slice_line=_dflt_slice_line,slice_line_width:_type_slice_line_width=_dflt_slice_line_width,axis:_type_axis=_dflt_axis,tick_format:_type_tick_format=_dflt_tick_format,label_format:_type_label_format=_dflt_label_format,data_labels:_type_data_labels=_dflt_data_labels,label_positions:_type_label_positions=_dflt_label_positions,label_colors:_type_label_colors=_dflt_label_colors,label_bold:_type_label_bold=_dflt_label_bold,label_shows:_type_label_shows=_dflt_label_shows,legend:_type_legend=_dflt_legend,legend_box:_type_legend_box=_dflt_legend_box,plot:_type_plot=_dflt_plot,category_skip:_type_category_skip=_dflt_category_skip,category_rotation:_type_category_rotation=_dflt_category_rotation,bottom_up:_type_bottom_up=_dflt_bottom_up)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'x',x)
  __dataclass_builtins_object__.__setattr__(self,'y',y)
  __dataclass_builtins_object__.__setattr__(self,'w',w)
  __dataclass_builtins_object__.__setattr__(self,'h',h)
  __dataclass_builtins_object__.__setattr__(self,'type',type)
  __dataclass_builtins_object__.__setattr__(self,'categories',categories)
  __dataclass_builtins_object__.__setattr__(self,'series',series)
  __dataclass_builtins_object__.__setattr__(self,'colors',colors)
  __dataclass_builtins_object__.__setattr__(self,'font',font)
  __dataclass_builtins_object__.__setattr__(self,'font_size',font_size)
  __dataclass_builtins_object__.__setattr__(self,'text_color',text_color)
  __dataclass_builtins_object__.__setattr__(self,'drawing',drawing)
  __dataclass_builtins_object__.__setattr__(self,'alt',alt)
  __dataclass_builtins_object__.__setattr__(self,'grid_color',grid_color)
  __dataclass_builtins_object__.__setattr__(self,'axis_color',axis_color)
  __dataclass_builtins_object__.__setattr__(self,'grid_width',grid_width)
  __dataclass_builtins_object__.__setattr__(self,'axis_width',axis_width)
  __dataclass_builtins_object__.__setattr__(self,'line_width',line_width)
  __dataclass_builtins_object__.__setattr__(self,'marker_size',marker_size)
  __dataclass_builtins_object__.__setattr__(self,'bar_gap',bar_gap)
  __dataclass_builtins_object__.__setattr__(self,'bar_overlap',bar_overlap)
  __dataclass_builtins_object__.__setattr__(self,'tick_marks',tick_marks)
  __dataclass_builtins_object__.__setattr__(self,'slice_line',slice_line)
  __dataclass_builtins_object__.__setattr__(self,'slice_line_width',slice_line_width)
  __dataclass_builtins_object__.__setattr__(self,'axis',axis)
  __dataclass_builtins_object__.__setattr__(self,'tick_format',tick_format)
  __dataclass_builtins_object__.__setattr__(self,'label_format',label_format)
  __dataclass_builtins_object__.__setattr__(self,'data_labels',data_labels)
  __dataclass_builtins_object__.__setattr__(self,'label_positions',label_positions)
  __dataclass_builtins_object__.__setattr__(self,'label_colors',label_colors)
  __dataclass_builtins_object__.__setattr__(self,'label_bold',label_bold)
  __dataclass_builtins_object__.__setattr__(self,'label_shows',label_shows)
  __dataclass_builtins_object__.__setattr__(self,'legend',legend)
  __dataclass_builtins_object__.__setattr__(self,'legend_box',legend_box)
  __dataclass_builtins_object__.__setattr__(self,'plot',plot)
  __dataclass_builtins_object__.__setattr__(self,'category_skip',category_skip)
  __dataclass_builtins_object__.__setattr__(self,'category_rotation',category_rotation)
  __dataclass_builtins_object__.__setattr__(self,'bottom_up',bottom_up)
 return __init__


CODE["def __create_fn__(_type_x, _type_y, _type_w, _type_h, _type_type, _type_categories, _type_series, _type_colors, _type_font, _type_font_size, _type_text_color, _type_drawing, _type_alt, _type_grid_color, _type_axis_color, _type_grid_width, _type_axis_width, _type_line_width, _type_marker_size, _type_bar_gap, _type_bar_overlap, _type_tick_marks, _type_slice_line, _type_slice_line_width, _type_axis, _type_tick_format, _type_label_format, _type_data_labels, _type_label_positions, _type_label_colors, _type_label_bold, _type_label_shows, _type_legend, _type_legend_box, _type_plot, _type_category_skip, _type_category_rotation, _type_bottom_up, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_drawing, _dflt_alt, _dflt_grid_color, _dflt_axis_color, _dflt_grid_width, _dflt_axis_width, _dflt_line_width, _dflt_marker_size, _dflt_bar_gap, _dflt_bar_overlap, _dflt_tick_marks, _dflt_slice_line, _dflt_slice_line_width, _dflt_axis, _dflt_tick_format, _dflt_label_format, _dflt_data_labels, _dflt_label_positions, _dflt_label_colors, _dflt_label_bold, _dflt_label_shows, _dflt_legend, _dflt_legend_box, _dflt_plot, _dflt_category_skip, _dflt_category_rotation, _dflt_bottom_up, _return_type):\n def __init__(self,x:_type_x,y:_type_y,w:_type_w,h:_type_h,type:_type_type,categories:_type_categories,series:_type_series,colors:_type_colors,font:_type_font,font_size:_type_font_size,text_color:_type_text_color,drawing:_type_drawing=_dflt_drawing,alt:_type_alt=_dflt_alt,grid_color:_type_grid_color=_dflt_grid_color,axis_color:_type_axis_color=_dflt_axis_color,grid_width:_type_grid_width=_dflt_grid_width,axis_width:_type_axis_width=_dflt_axis_width,line_width:_type_line_width=_dflt_line_width,marker_size:_type_marker_size=_dflt_marker_size,bar_gap:_type_bar_gap=_dflt_bar_gap,bar_overlap:_type_bar_overlap=_dflt_bar_overlap,tick_marks:_type_tick_marks=_dflt_tick_marks,slice_line:_type_slice_line=_dflt_slice_line,slice_line_width:_type_slice_line_width=_dflt_slice_line_width,axis:_type_axis=_dflt_axis,tick_format:_type_tick_format=_dflt_tick_format,label_format:_type_label_format=_dflt_label_format,data_labels:_type_data_labels=_dflt_data_labels,label_positions:_type_label_positions=_dflt_label_positions,label_colors:_type_label_colors=_dflt_label_colors,label_bold:_type_label_bold=_dflt_label_bold,label_shows:_type_label_shows=_dflt_label_shows,legend:_type_legend=_dflt_legend,legend_box:_type_legend_box=_dflt_legend_box,plot:_type_plot=_dflt_plot,category_skip:_type_category_skip=_dflt_category_skip,category_rotation:_type_category_rotation=_dflt_category_rotation,bottom_up:_type_bottom_up=_dflt_bottom_up)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'x',x)\n  __dataclass_builtins_object__.__setattr__(self,'y',y)\n  __dataclass_builtins_object__.__setattr__(self,'w',w)\n  __dataclass_builtins_object__.__setattr__(self,'h',h)\n  __dataclass_builtins_object__.__setattr__(self,'type',type)\n  __dataclass_builtins_object__.__setattr__(self,'categories',categories)\n  __dataclass_builtins_object__.__setattr__(self,'series',series)\n  __dataclass_builtins_object__.__setattr__(self,'colors',colors)\n  __dataclass_builtins_object__.__setattr__(self,'font',font)\n  __dataclass_builtins_object__.__setattr__(self,'font_size',font_size)\n  __dataclass_builtins_object__.__setattr__(self,'text_color',text_color)\n  __dataclass_builtins_object__.__setattr__(self,'drawing',drawing)\n  __dataclass_builtins_object__.__setattr__(self,'alt',alt)\n  __dataclass_builtins_object__.__setattr__(self,'grid_color',grid_color)\n  __dataclass_builtins_object__.__setattr__(self,'axis_color',axis_color)\n  __dataclass_builtins_object__.__setattr__(self,'grid_width',grid_width)\n  __dataclass_builtins_object__.__setattr__(self,'axis_width',axis_width)\n  __dataclass_builtins_object__.__setattr__(self,'line_width',line_width)\n  __dataclass_builtins_object__.__setattr__(self,'marker_size',marker_size)\n  __dataclass_builtins_object__.__setattr__(self,'bar_gap',bar_gap)\n  __dataclass_builtins_object__.__setattr__(self,'bar_overlap',bar_overlap)\n  __dataclass_builtins_object__.__setattr__(self,'tick_marks',tick_marks)\n  __dataclass_builtins_object__.__setattr__(self,'slice_line',slice_line)\n  __dataclass_builtins_object__.__setattr__(self,'slice_line_width',slice_line_width)\n  __dataclass_builtins_object__.__setattr__(self,'axis',axis)\n  __dataclass_builtins_object__.__setattr__(self,'tick_format',tick_format)\n  __dataclass_builtins_object__.__setattr__(self,'label_format',label_format)\n  __dataclass_builtins_object__.__setattr__(self,'data_labels',data_labels)\n  __dataclass_builtins_object__.__setattr__(self,'label_positions',label_positions)\n  __dataclass_builtins_object__.__setattr__(self,'label_colors',label_colors)\n  __dataclass_builtins_object__.__setattr__(self,'label_bold',label_bold)\n  __dataclass_builtins_object__.__setattr__(self,'label_shows',label_shows)\n  __dataclass_builtins_object__.__setattr__(self,'legend',legend)\n  __dataclass_builtins_object__.__setattr__(self,'legend_box',legend_box)\n  __dataclass_builtins_object__.__setattr__(self,'plot',plot)\n  __dataclass_builtins_object__.__setattr__(self,'category_skip',category_skip)\n  __dataclass_builtins_object__.__setattr__(self,'category_rotation',category_rotation)\n  __dataclass_builtins_object__.__setattr__(self,'bottom_up',bottom_up)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_x, _type_y, _type_w, _type_h, _type_widths, _type_heights, _type_cells, _type_header, _type_line, _type_line_width, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_header, _dflt_line, _dflt_line_width, _return_type):
 def __init__(self,x:_type_x,y:_type_y,w:_type_w,h:_type_h,widths:_type_widths,heights:_type_heights,cells:_type_cells,header:_type_header=_dflt_header,line:_type_line=_dflt_line,line_width:_type_line_width=_dflt_line_width)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'x',x)
  __dataclass_builtins_object__.__setattr__(self,'y',y)
  __dataclass_builtins_object__.__setattr__(self,'w',w)
  __dataclass_builtins_object__.__setattr__(self,'h',h)
  __dataclass_builtins_object__.__setattr__(self,'widths',widths)
  __dataclass_builtins_object__.__setattr__(self,'heights',heights)
  __dataclass_builtins_object__.__setattr__(self,'cells',cells)
  __dataclass_builtins_object__.__setattr__(self,'header',header)
  __dataclass_builtins_object__.__setattr__(self,'line',line)
  __dataclass_builtins_object__.__setattr__(self,'line_width',line_width)
 return __init__


CODE["def __create_fn__(_type_x, _type_y, _type_w, _type_h, _type_widths, _type_heights, _type_cells, _type_header, _type_line, _type_line_width, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_header, _dflt_line, _dflt_line_width, _return_type):\n def __init__(self,x:_type_x,y:_type_y,w:_type_w,h:_type_h,widths:_type_widths,heights:_type_heights,cells:_type_cells,header:_type_header=_dflt_header,line:_type_line=_dflt_line,line_width:_type_line_width=_dflt_line_width)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'x',x)\n  __dataclass_builtins_object__.__setattr__(self,'y',y)\n  __dataclass_builtins_object__.__setattr__(self,'w',w)\n  __dataclass_builtins_object__.__setattr__(self,'h',h)\n  __dataclass_builtins_object__.__setattr__(self,'widths',widths)\n  __dataclass_builtins_object__.__setattr__(self,'heights',heights)\n  __dataclass_builtins_object__.__setattr__(self,'cells',cells)\n  __dataclass_builtins_object__.__setattr__(self,'header',header)\n  __dataclass_builtins_object__.__setattr__(self,'line',line)\n  __dataclass_builtins_object__.__setattr__(self,'line_width',line_width)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_x1, _type_y1, _type_x2, _type_y2, _type_color, _type_width, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_width, _return_type):
 def __init__(self,x1:_type_x1,y1:_type_y1,x2:_type_x2,y2:_type_y2,color:_type_color,width:_type_width=_dflt_width)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'x1',x1)
  __dataclass_builtins_object__.__setattr__(self,'y1',y1)
  __dataclass_builtins_object__.__setattr__(self,'x2',x2)
  __dataclass_builtins_object__.__setattr__(self,'y2',y2)
  __dataclass_builtins_object__.__setattr__(self,'color',color)
  __dataclass_builtins_object__.__setattr__(self,'width',width)
 return __init__


CODE["def __create_fn__(_type_x1, _type_y1, _type_x2, _type_y2, _type_color, _type_width, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_width, _return_type):\n def __init__(self,x1:_type_x1,y1:_type_y1,x2:_type_x2,y2:_type_y2,color:_type_color,width:_type_width=_dflt_width)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'x1',x1)\n  __dataclass_builtins_object__.__setattr__(self,'y1',y1)\n  __dataclass_builtins_object__.__setattr__(self,'x2',x2)\n  __dataclass_builtins_object__.__setattr__(self,'y2',y2)\n  __dataclass_builtins_object__.__setattr__(self,'color',color)\n  __dataclass_builtins_object__.__setattr__(self,'width',width)\n return __init__"] = __create_fn__.__code__

del __create_fn__
