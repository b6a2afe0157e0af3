"""The methods ``dataclasses`` makes for deckbuild's records, as the text it would compile for each (written by
scripts/record-methods; do not edit): ``deckbuild.records`` takes a method from ``MADE`` (by the SHA-1 of its text) only when
dataclasses would compile exactly that text, so Python's bytecode cache keeps them compiled and start-up compiles none."""

MADE = {}


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.audience,self.slides,self.slides_dropped,self.bullets,self.bullets_dropped,self.variants,self.dropped_titles,)==(other.audience,other.slides,other.slides_dropped,other.bullets,other.bullets_dropped,other.variants,other.dropped_titles,)
  return NotImplemented
 return __eq__


MADE['97d69b044cd6332f68b1c6a122d1878baabc7124'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.balance,)==(other.balance,)
  return NotImplemented
 return __eq__


MADE['6b95f2436eb2384a3d74d85d73a331bce6d51c37'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.boxes,self.x,self.y,self.w,self.h,self.frames,self.bodies,)==(other.boxes,other.x,other.y,other.w,other.h,other.frames,other.bodies,)
  return NotImplemented
 return __eq__


MADE['b52451d9faf94c28a011172279547f2eb5b63543'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.char,self.face,self.size,self.color,self.x,)==(other.char,other.face,other.size,other.color,other.x,)
  return NotImplemented
 return __eq__


MADE['e3d9ce4e94c190df987b0d8fe7a49889b423497a'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.color,self.image,self.pos,)==(other.color,other.image,other.pos,)
  return NotImplemented
 return __eq__


MADE['f8e0ace1d28073bbbdb552cbe4a7415c93f70a4a'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.columns,self.rows,self.pos,)==(other.columns,other.rows,other.pos,)
  return NotImplemented
 return __eq__


MADE['e18f5891a8daa2c7e31ba761f34db50807731175'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.cover_title,self.section_title,self.quote,self.attribution,self.min_attribution,self.statement,self.table,self.timeline,self.math,self.grow,)==(other.cover_title,other.section_title,other.quote,other.attribution,other.min_attribution,other.statement,other.table,other.timeline,other.math,other.grow,)
  return NotImplemented
 return __eq__


MADE['4417a0c6132f7c86c089c0a3971ff881606b25c1'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.cx,self.cy,self.r,self.start,self.extent,self.fill,self.line,self.line_width,)==(other.cx,other.cy,other.r,other.start,other.extent,other.fill,other.line,other.line_width,)
  return NotImplemented
 return __eq__


MADE['d9740887c3be13da123cdbeec12f9bf2f6e34bc6'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.date,self.text,self.pos,)==(other.date,other.text,other.pos,)
  return NotImplemented
 return __eq__


MADE['9195783065ca4e09a47a88b7ad1144f1231bbd94'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.deck,self.style,self.fonts,self.models,)==(other.deck,other.style,other.fonts,other.models,)
  return NotImplemented
 return __eq__


MADE['8124529ea8f525297a9d56af5c8afc7f626ed9da'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.diags,self.folder,self.files,self.documents,self.sections,self.duplicates,self.report,self.pictures,)==(other.diags,other.folder,other.files,other.documents,other.sections,other.duplicates,other.report,other.pictures,)
  return NotImplemented
 return __eq__


MADE['f05f36bfbfcf84cbcc4fbec7953461a85f8d484b'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.diags,self.outcomes,self.written,self.up_to_date,self.writing,)==(other.diags,other.outcomes,other.written,other.up_to_date,other.writing,)
  return NotImplemented
 return __eq__


MADE['6e94e8434d56e401b4988e957b378d904fd6510c'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.divider,)==(other.divider,)
  return NotImplemented
 return __eq__


MADE['b03ae2a70b87655aa191f3d4321d13b39859de85'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.doc,self.title,self.line,self.parts,self.todos,self.sources,self.comments,self.lost,self.shingles,)==(other.doc,other.title,other.line,other.parts,other.todos,other.sources,other.comments,other.lost,other.shingles,)
  return NotImplemented
 return __eq__


MADE['c16b5985f528e19d87363521aaef7a9218bf0939'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.dpi,self.reuse,self.kept,)==(other.dpi,other.reuse,other.kept,)
  return NotImplemented
 return __eq__


MADE['a7fbf8849b0333941229133873e8c00fdb1f196c'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.dup,self.kept,self.percent,self.contained,)==(other.dup,other.kept,other.percent,other.contained,)
  return NotImplemented
 return __eq__


MADE['cf7b4acce93067b1758f3a46d61cbd11f59bdf51'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.family,self.size,self.color,self.bold,self.italic,self.line_spacing,self.align,self.link_color,)==(other.family,other.size,other.color,other.bold,other.italic,other.line_spacing,other.align,other.link_color,)
  return NotImplemented
 return __eq__


MADE['a0d1abbe80e80222fbb0a2a2bb6bbf7c571f7335'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.files,self.pictures,self.report,self.title,)==(other.files,other.pictures,other.report,other.title,)
  return NotImplemented
 return __eq__


MADE['ed0cc532fe4b8f427a04d0b35db3ea9cb2a32ad7'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.fill,self.pictures,)==(other.fill,other.pictures,)
  return NotImplemented
 return __eq__


MADE['cc07b9cb5639e3dcbc7e4cc8fd1e5ed863945498'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.folder,self.files,self.diags,)==(other.folder,other.files,other.diags,)
  return NotImplemented
 return __eq__


MADE['b7297b030ffaf65d8c5eba35163da4557c3e811d'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.font,self.color,)==(other.font,other.color,)
  return NotImplemented
 return __eq__


MADE['2873a62e9b47a7897b57f528012183dac8a4ca38'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.fonts,self.mono,self.fallback,self.math_font,self.missing,self.substituted,self._chain_cache,self._face_cache,self._runs_cache,self._para_cache,self._measured,self._bullet_faces,)==(other.fonts,other.mono,other.fallback,other.math_font,other.missing,other.substituted,other._chain_cache,other._face_cache,other._runs_cache,other._para_cache,other._measured,other._bullet_faces,)
  return NotImplemented
 return __eq__


MADE['4b77481435098679f739cde4a71991dad20d2811'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.format,self.suffix,self.draw,self.default,self.folder,)==(other.format,other.suffix,other.draw,other.default,other.folder,)
  return NotImplemented
 return __eq__


MADE['e6c264f13bebc7a5799be9d0c8e39e5ed96d7666'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.frags,self.baseline,self.width,)==(other.frags,other.baseline,other.width,)
  return NotImplemented
 return __eq__


MADE['054681b24e053e9700ce658a1160b00ebd0fb473'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.frame,self.fill,self.margin,)==(other.frame,other.fill,other.margin,)
  return NotImplemented
 return __eq__


MADE['24741f9474600b5c3f0c73d122cd18bcebb249f3'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.frame,self.size,self.shrunk,self.paragraphs,self.fits,)==(other.frame,other.size,other.shrunk,other.paragraphs,other.fits,)
  return NotImplemented
 return __eq__


MADE['ec1b1117588ef5972aa7debf7addc9c663697af9'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.heading,self.body,self.mono,self.fallback,)==(other.heading,other.body,other.mono,other.fallback,)
  return NotImplemented
 return __eq__


MADE['03b55198bbe217abf4444004a1b56a97f545af51'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.id,self.title,self.publisher,self.author,self.url,self.date,self.note,self.pos,)==(other.id,other.title,other.publisher,other.author,other.url,other.date,other.note,other.pos,)
  return NotImplemented
 return __eq__


MADE['15b5a945f0041a4a548410c283d92801fe89c22f'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.items,)==(other.items,)
  return NotImplemented
 return __eq__


MADE['32c8560f9c37a495e891afaffdd6896fc67d4f37'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.kind,self.name,self.value,self.quoted,self.offset,)==(other.kind,other.name,other.value,other.quoted,other.offset,)
  return NotImplemented
 return __eq__


MADE['9dd5df59770c8999e1f4c7bfb607dc4da1116cd0'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.kind,self.text,self.line,self.end,self.level,self.gap,self.indent,self.mark,self.data,)==(other.kind,other.text,other.line,other.end,other.level,other.gap,other.indent,other.mark,other.data,)
  return NotImplemented
 return __eq__


MADE['f091cc3ed7adea38a437dadc277e1cfa96303e80'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.kind,self.title,self.boxes,self.pos,self.notes,self.details,self.section,self.background,self.footer_color,self.continued,self.sources,self.media,self.extra,self.model,self.frames,)==(other.kind,other.title,other.boxes,other.pos,other.notes,other.details,other.section,other.background,other.footer_color,other.continued,other.sources,other.media,other.extra,other.model,other.frames,)
  return NotImplemented
 return __eq__


MADE['56181f5a7278b99337ca16ab9380c4f5f3c7a75f'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.layout,self.exact,self.note,)==(other.layout,other.exact,other.note,)
  return NotImplemented
 return __eq__


MADE['1a37f08c760b122b33c030ce49407d0c67d03214'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.level_scale,self.hang,self.step,self.marker,self.gaps,self.spacing,self.rounded,)==(other.level_scale,other.hang,other.step,other.marker,other.gaps,other.spacing,other.rounded,)
  return NotImplemented
 return __eq__


MADE['52eaedd37899113311b8c9e6250b3b77e8f819f9'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.line,self.end,self.text,self.reason,)==(other.line,other.end,other.text,other.reason,)
  return NotImplemented
 return __eq__


MADE['5f87bd7d065bc9c9a21f2c04dffdff79a6698a36'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.line,self.end,self.text,self.reason,self.first,self.last,self.heading,)==(other.line,other.end,other.text,other.reason,other.first,other.last,other.heading,)
  return NotImplemented
 return __eq__


MADE['30238768b239d54439c62d91de742a9649236ee1'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.line,self.heading,self.blocks,)==(other.line,other.heading,other.blocks,)
  return NotImplemented
 return __eq__


MADE['76263903b7bb5dbce63c98607d13ef5701dbfb2f'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.line,self.heading,self.pre,self.slides,)==(other.line,other.heading,other.pre,other.slides,)
  return NotImplemented
 return __eq__


MADE['66d74737c7e0093e6e62318929bac687da179195'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.media,self.deck,self.handout,self.extra,)==(other.media,other.deck,other.handout,other.extra,)
  return NotImplemented
 return __eq__


MADE['8be25555940479608e62568027b6981fba9de807'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.name,self.description,self.handout,self.style,self.pos,self.lang,)==(other.name,other.description,other.handout,other.style,other.pos,other.lang,)
  return NotImplemented
 return __eq__


MADE['bfbc602ba342216f95c9345f88f50e66856d7a7b'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.name,self.extends,self.slide,self.fonts,self.colors,self.sizes,self.scale,self.footer,self.logo,self.background,self.handout,self.code,self.body,self.sections,self.math,self.pptx,self.files,)==(other.name,other.extends,other.slide,other.fonts,other.colors,other.sizes,other.scale,other.footer,other.logo,other.background,other.handout,other.code,other.body,other.sections,other.math,other.pptx,other.files,)
  return NotImplemented
 return __eq__


MADE['9442b7e65b9e84927075adcaacce580a74894e5d'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.name,self.placeholders,self.art,)==(other.name,other.placeholders,other.art,)
  return NotImplemented
 return __eq__


MADE['bbe927b21fb98314a303eb313b65dffc6c985817'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.name,self.target,self.placeholders,)==(other.name,other.target,other.placeholders,)
  return NotImplemented
 return __eq__


MADE['e032807ad25be6d039fbcd55ed8de407dcd0b939'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.name,self.title,self.path,self.subtitle,self.author,self.date,self.style,self.style_pos,self.sources,self.audiences,self.sections,self.audience,self.pos,self.files,self.reveal,self.lang,)==(other.name,other.title,other.path,other.subtitle,other.author,other.date,other.style,other.style_pos,other.sources,other.audiences,other.sections,other.audience,other.pos,other.files,other.reveal,other.lang,)
  return NotImplemented
 return __eq__


MADE['ccd70ef27a5ea7167643994278cee40a259932f0'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.name,self.values,)==(other.name,other.values,)
  return NotImplemented
 return __eq__


MADE['370cbc0d7aa8512ba187631df31f95e77559aaf2'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.number,self.kind,self.title,self.width,self.height,self.background,self.boxes,self.own_background,self.notes,self.details,self.section,self.pos,self.continued,self.sources,self.media,self.extra,self.printed,self.template_layout,self.reveal,self.underlay,self.lang,)==(other.number,other.kind,other.title,other.width,other.height,other.background,other.boxes,other.own_background,other.notes,other.details,other.section,other.pos,other.continued,other.sources,other.media,other.extra,other.printed,other.template_layout,other.reveal,other.underlay,other.lang,)
  return NotImplemented
 return __eq__


MADE['566d8a23bd19336c18586c25f2730e4177c1ae7e'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.number,self.width,self.height,self.boxes,self.bookmarks,)==(other.number,other.width,other.height,other.boxes,other.bookmarks,)
  return NotImplemented
 return __eq__


MADE['08a9f7886784354d703a6447026a41f69d38a63e'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.only,self.skip,self.media,)==(other.only,other.skip,other.media,)
  return NotImplemented
 return __eq__


MADE['32f1a494efa99f99eda365a63c02b4447ff11acf'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.page,self.layout,self.margins,self.notes,self.details,)==(other.page,other.layout,other.margins,other.notes,other.details,)
  return NotImplemented
 return __eq__


MADE['bc4fe46c3b0b907bc5fb5687149647594abfa810'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.page,self.text,self.x0,self.x1,self.top,self.bottom,self.size,self.bold,self.base,self.column,self.chars,)==(other.page,other.text,other.x0,other.x1,other.top,other.bottom,other.size,other.bold,other.base,other.column,other.chars,)
  return NotImplemented
 return __eq__


MADE['7068d8572bdec0a44b1635419db5b15c61d96d31'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.para,)==(other.para,)
  return NotImplemented
 return __eq__


MADE['a671eebb226961aae96fb27bbc1f88e8b524809c'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.part,self.box,)==(other.part,other.box,)
  return NotImplemented
 return __eq__


MADE['970dca5a434a0b276c3877a9649a1edb8254a6e1'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.path,self.alt,self.caption,self.width,self.height,self.pos,self.decorative,self.box_w,self.box_h,self.fit,self.focus,)==(other.path,other.alt,other.caption,other.width,other.height,other.pos,other.decorative,other.box_w,other.box_h,other.fit,other.focus,)
  return NotImplemented
 return __eq__


MADE['2d9b251c626590d6bc72aa3b1261e78d7a180058'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.path,self.display,self.root,self.text,)==(other.path,other.display,other.root,other.text,)
  return NotImplemented
 return __eq__


MADE['4ddd09fe0d3d695599db1c10ffe5e5ef3ab3c432'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.path,self.display,self.sid,self.fmt,self.blocks,self.dropped,self.title,self.author,self.url,self.date,self.publisher,self.unit,self.skipped,)==(other.path,other.display,other.sid,other.fmt,other.blocks,other.dropped,other.title,other.author,other.url,other.date,other.publisher,other.unit,other.skipped,)
  return NotImplemented
 return __eq__


MADE['91d90a9971b997fc2e070097eaf880ff8faf68c2'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.path,self.id,)==(other.path,other.id,)
  return NotImplemented
 return __eq__


MADE['820cb7686467305b2293f5caebc6c38b4f7838a1'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.path,self.line,self.col,)==(other.path,other.line,other.col,)
  return NotImplemented
 return __eq__


MADE['a301dd7940514b56f2fc20b82491bc6c22697b8a'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.path,self.width,self.height,self.layouts,self.colors,self.major_font,self.minor_font,self.slides,)==(other.path,other.width,other.height,other.layouts,other.colors,other.major_font,other.minor_font,other.slides,)
  return NotImplemented
 return __eq__


MADE['4014dff28e31219f0535e1f0e98658bba08287e0'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.points,self.color,self.width,)==(other.points,other.color,other.width,)
  return NotImplemented
 return __eq__


MADE['30dead30879cff7862578d2f9de261d3d93a6f52'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.pos,self.severity,self.message,self.hint,)==(other.pos,other.severity,other.message,other.hint,)
  return NotImplemented
 return __eq__


MADE['4ff701c747e1c39a252783d019d1cd8c47602321'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.primary,self.accent,self.text,self.background,self.muted,self.surface,self.on_primary,)==(other.primary,other.accent,other.text,other.background,other.muted,other.surface,other.on_primary,)
  return NotImplemented
 return __eq__


MADE['6b049999f773e01ac0e39e36c26c9ed1b9700370'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.root,self.allow,)==(other.root,other.allow,)
  return NotImplemented
 return __eq__


MADE['46d8468edb519e4b6e6db4e9b6eb9a81831a378b'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.root,self.decks,self.style,self.out,self.jobs,self.formats,self.file,self.allow,)==(other.root,other.decks,other.style,other.out,other.jobs,other.formats,other.file,other.allow,)
  return NotImplemented
 return __eq__


MADE['6153130a98f9709fd897a75a437a9e7081d2f2ac'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.runs,self.lines,self.level,self.size,self.line_height,self.space_before,self.margin_left,self.indent,self.align,self.marker,self.top,self.lang,self.rtl,self.tag,)==(other.runs,other.lines,other.level,other.size,other.line_height,other.space_before,other.margin_left,other.indent,other.align,other.marker,other.top,other.lang,other.rtl,other.tag,)
  return NotImplemented
 return __eq__


MADE['efd5d51888cc5ebf7cdc4aa731b0dedfbceb5ad2'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.shape,self.size,self.width,)==(other.shape,other.size,other.width,)
  return NotImplemented
 return __eq__


MADE['fc57d5dde6467b1dfd13e63ae5a7ac23e18cd7aa'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.size,)==(other.size,)
  return NotImplemented
 return __eq__


MADE['add8483766d4f3d440c649e9aecdf7ec0e89d687'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.size,self.rows,self.paras,self.numbers,self.line_h,self.pad_x,self.pad_y,self.num_w,self.num_col,self.text_w,)==(other.size,other.rows,other.paras,other.numbers,other.line_h,other.pad_x,other.pad_y,other.num_w,other.num_col,other.text_w,)
  return NotImplemented
 return __eq__


MADE['2498d72b39d165915003ebefc69b0b976a6f05c5'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.slide,self.notes,self.charts,)==(other.slide,other.notes,other.charts,)
  return NotImplemented
 return __eq__


MADE['3f70126f58bea5e09c46f98ce55d083cbe695ba5'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.slides,self.diagnostics,self.pptx,self.memo,)==(other.slides,other.diagnostics,other.pptx,other.memo,)
  return NotImplemented
 return __eq__


MADE['89ece8eb602b70c7d8326d0c19549d2bfa573da9'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.slides,self.info,self.report,self._handout,self._handout_pages,self.when_laid_out,)==(other.slides,other.info,other.report,other._handout,other._handout_pages,other.when_laid_out,)
  return NotImplemented
 return __eq__


MADE['0656232f8ecead9845d652dd69cf97ab0b70714b'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.sources,self.audiences,self.files,)==(other.sources,other.audiences,other.files,)
  return NotImplemented
 return __eq__


MADE['bc3ff9e15297aad4a7b39a314fd61c89393d7cb4'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.spec,self.required,self.doc,)==(other.spec,other.required,other.doc,)
  return NotImplemented
 return __eq__


MADE['5a55a63c6a380f637038f29c196d95b7c582f8ee'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.src,self.alt,self.line,self.word,self.caption,self.figure,)==(other.src,other.alt,other.line,other.word,other.caption,other.figure,)
  return NotImplemented
 return __eq__


MADE['d3b48573d783fc47508a6774141e43141c8d754f'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.target,self.audience,self.style,self.style_base,self.style_pos,self.formats,self.deck_name,self.key,self.state,self.inputs,self.allow,self.dpi,self.a11y,self.owner,)==(other.target,other.audience,other.style,other.style_base,other.style_pos,other.formats,other.deck_name,other.key,other.state,other.inputs,other.allow,other.dpi,other.a11y,other.owner,)
  return NotImplemented
 return __eq__


MADE['ecae83915dfded2ed04596453167d794febcc686'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.targets,self.out_dir,self.formats,self.audience,self.style,self.style_base,self.strict,self.jobs,self.force,self.allow,self.a11y,self.progress,self.dpi,)==(other.targets,other.out_dir,other.formats,other.audience,other.style,other.style_base,other.strict,other.jobs,other.force,other.allow,other.a11y,other.progress,other.dpi,)
  return NotImplemented
 return __eq__


MADE['ae4708785ece4f6e76c4fafa8930e4fa80c9cb9e'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.task,self.diagnostics,self.report,self.slides,self.files,self.cached,self.keep,self.made,)==(other.task,other.diagnostics,other.report,other.slides,other.files,other.cached,other.keep,other.made,)
  return NotImplemented
 return __eq__


MADE['94317f52878508702e1ffb2e651bcf9df889992b'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.template,self.layouts,)==(other.template,other.layouts,)
  return NotImplemented
 return __eq__


MADE['ffdfbab87c3b01094df2d657703b4c85ab08db3a'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.template_layout,self.title,self.content,self.bodies,self.subtitle,self.footer,self.decorate,)==(other.template_layout,other.title,other.content,other.bodies,other.subtitle,other.footer,other.decorate,)
  return NotImplemented
 return __eq__


MADE['b65e7efbea7a6e7fa47b6caac8dd4253096cbdf8'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.text,self.block,self.order,self.words,self.item,self.opens,self.children,self.score,)==(other.text,other.block,other.order,other.words,other.item,other.opens,other.children,other.score,)
  return NotImplemented
 return __eq__


MADE['71c85a5fecaa513074b3d43f4d1628cf95d85af5'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.text,self.bold,self.italic,self.code,self.link,self.field,self.color,self.scale,self.math,)==(other.text,other.bold,other.italic,other.code,other.link,other.field,other.color,other.scale,other.math,)
  return NotImplemented
 return __eq__


MADE['81aee721580b37fc8a37c31984f17ac35a31cae5'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.text,self.bullets,self.sources,self.vis,self.pos,self.lang,)==(other.text,other.bullets,other.sources,other.vis,other.pos,other.lang,)
  return NotImplemented
 return __eq__


MADE['976828351cb2a4c7535e148facb33c3ae36f6a58'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.text,self.by,self.pos,)==(other.text,other.by,other.pos,)
  return NotImplemented
 return __eq__


MADE['24b5943904899b1ddc3a1764d88f162548a19a2b'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.text,self.color,self.bold,self.italic,)==(other.text,other.color,other.bold,other.italic,)
  return NotImplemented
 return __eq__


MADE['c5f560d48fbe023545165a198aa4621b5646fec3'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.text,self.face,self.size,self.color,self.bold,self.italic,self.code,self.link,self.field,self.east_asian,self.underline,self.family,self.math,)==(other.text,other.face,other.size,other.color,other.bold,other.italic,other.code,other.link,other.field,other.east_asian,other.underline,other.family,other.math,)
  return NotImplemented
 return __eq__


MADE['8f11d3152ac646e44b79bc1ab85e2a86e1f78b5f'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.text,self.lang,self.line_numbers,self.highlight,self.pos,)==(other.text,other.lang,other.line_numbers,other.highlight,other.pos,)
  return NotImplemented
 return __eq__


MADE['242626eaf7c569897d0064587a829da9e51c4676'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.text,self.line,self.end,self.children,self.whole,)==(other.text,other.line,other.end,other.children,other.whole,)
  return NotImplemented
 return __eq__


MADE['5fe5ee9fd208ca8145fd03c779896c962a84f309'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.text,self.run,self.x,self.width,self.rtl,)==(other.text,other.run,other.x,other.width,other.rtl,)
  return NotImplemented
 return __eq__


MADE['7f1c938072d5832ed24e2032972a86d2b9ce7b67'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.theme,self.colors,self.text,self.background,self.line_numbers,self.highlight,self.size,self.min_size,)==(other.theme,other.colors,other.text,other.background,other.line_numbers,other.highlight,other.size,other.min_size,)
  return NotImplemented
 return __eq__


MADE['a9c6ed1ab6cc5fed71cf0f5c73793d90c2c4baa0'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.title,self.blocks,)==(other.title,other.blocks,)
  return NotImplemented
 return __eq__


MADE['d29f73c5c0e9341f00ac97203e9d4ded6b0422ff'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.title,self.bullets,self.pos,)==(other.title,other.bullets,other.pos,)
  return NotImplemented
 return __eq__


MADE['53f0ef40e9281c128e2d50ba23d1e09d05688d7e'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.title,self.content,self.todos,self.line,self.end,self.picture,self.caption,)==(other.title,other.content,other.todos,other.line,other.end,other.picture,other.caption,)
  return NotImplemented
 return __eq__


MADE['69ef92a934d4d16d7c3ef4ed277f6d095f259cb4'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.title,self.kind,self.bullets,self.columns,self.quote,self.image,self.table,self.chart,self.timeline,self.statement,self.code,self.math,self.images,self.background,self.notes,self.details,self.sources,self.vis,self.variants,self.pos,self.reveal,self.lang,self.shown,)==(other.title,other.kind,other.bullets,other.columns,other.quote,other.image,other.table,other.chart,other.timeline,other.statement,other.code,other.math,other.images,other.background,other.notes,other.details,other.sources,other.vis,other.variants,other.pos,other.reveal,other.lang,other.shown,)
  return NotImplemented
 return __eq__


MADE['d2ee194e24be6768d0246117e4b0d2850c09772f'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.title,self.points,self.todos,self.special,self.notes,)==(other.title,other.points,other.todos,other.special,other.notes,)
  return NotImplemented
 return __eq__


MADE['f5885ac26dab8aad637ff944313cb9ac034c27ea'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.title,self.slides,self.summary,self.notes,self.sources,self.vis,self.pos,self.digest,self.media,)==(other.title,other.slides,other.summary,other.notes,other.sources,other.vis,other.pos,other.digest,other.media,)
  return NotImplemented
 return __eq__


MADE['c19825592ac7777bdf901330ff413923a0123fc7'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.title,self.subtitle,self.author,self.date,self.lang,self.width,self.height,self.template,self.template_size,self.heading_font,self.body_font,self.colors,self.master_background,)==(other.title,other.subtitle,other.author,other.date,other.lang,other.width,other.height,other.template,other.template_size,other.heading_font,other.body_font,other.colors,other.master_background,)
  return NotImplemented
 return __eq__


MADE['dbae75ce7f8fe5d44510a1655977d43bd186533e'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.title,self.subtitle,self.body,self.min_body,self.min_title,self.notes,self.footer,self.sources,)==(other.title,other.subtitle,other.body,other.min_body,other.min_title,other.notes,other.footer,other.sources,)
  return NotImplemented
 return __eq__


MADE['8545642c02bba4ebe524b9376f8c64dd094bac18'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.title,self.subtitle,self.byline,self.audience,self.sources,self.cites,)==(other.title,other.subtitle,other.byline,other.audience,other.sources,other.cites,)
  return NotImplemented
 return __eq__


MADE['ed8b257a9591af9e6428ff9c22da7c434ddbfbc3'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.type,self.categories,self.series,self.pos,self.alt,)==(other.type,other.categories,other.series,other.pos,other.alt,)
  return NotImplemented
 return __eq__


MADE['ed6e29af4ccd5211045826e2c23ffb19dfd33997'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.type,self.idx,self.box,)==(other.type,other.idx,other.box,)
  return NotImplemented
 return __eq__


MADE['022c895d5657a062d81bb5a583594ab2e71ee6d3'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.width,self.height,self.alt,)==(other.width,other.height,other.alt,)
  return NotImplemented
 return __eq__


MADE['48f9c1bdde2e0c9654f9aadd0bf61e608bd297bf'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.width,self.height,self.margin,self.title_top,self.title_h,self.rule_y,self.body_top,self.body_bottom,self.footer_y,self.footer_h,)==(other.width,other.height,other.margin,other.title_top,other.title_h,other.rule_y,other.body_top,other.body_bottom,other.footer_y,other.footer_h,)
  return NotImplemented
 return __eq__


MADE['0d9880f14737e2ae8314fff52d44b7359137e8e1'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.width,self.height,self.margin,self.top,self.bottom,self.pages,self.marks,self.y,)==(other.width,other.height,other.margin,other.top,other.bottom,other.pages,other.marks,other.y,)
  return NotImplemented
 return __eq__


MADE['ef9a52e80a4de12a51c136f5eea1568ee8fa796d'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.words,self.lines,self.pieces,self.too_deep,self.figures,self.title,self.author,self.url,self._index,self._covered,self._starts,)==(other.words,other.lines,other.pieces,other.too_deep,other.figures,other.title,other.author,other.url,other._index,other._covered,other._starts,)
  return NotImplemented
 return __eq__


MADE['0eefb03f96ec7d86e5ed1c7e05a91dc1b6944f59'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.written,self.error,self.failed,self.kept,self.not_restored,)==(other.written,other.error,other.failed,other.kept,other.not_restored,)
  return NotImplemented
 return __eq__


MADE['e3d24d2508947c41a471354441b36b2f099c847a'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.x,self.y,self.w,self.h,)==(other.x,other.y,other.w,other.h,)
  return NotImplemented
 return __eq__


MADE['3fc973ec94097803d60ffa900ec25c6db1680e46'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.x,self.y,self.w,self.h,self.fill,self.line,self.line_width,self.name,self.geom,)==(other.x,other.y,other.w,other.h,other.fill,other.line,other.line_width,other.name,other.geom,)
  return NotImplemented
 return __eq__


MADE['bdf6eb6dc421ff7b626580926038f30ab65c53cb'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.x,self.y,self.w,self.h,self.ox,self.oy,self.shape,self.size,self.color,self.owner,)==(other.x,other.y,other.w,other.h,other.ox,other.oy,other.shape,other.size,other.color,other.owner,)
  return NotImplemented
 return __eq__


MADE['64e56c285d267a33e0740c92bfb60fd09ce701d3'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.x,self.y,self.w,self.h,self.paragraphs,self.role,self.anchor,self.placeholder,self.content_height,self.rotation,)==(other.x,other.y,other.w,other.h,other.paragraphs,other.role,other.anchor,other.placeholder,other.content_height,other.rotation,)
  return NotImplemented
 return __eq__


MADE['710521d01f6f05803982c976c1a155232f716c5f'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.x,self.y,self.w,self.h,self.path,self.alt,self.name,self.decorative,self.crop,)==(other.x,other.y,other.w,other.h,other.path,other.alt,other.name,other.decorative,other.crop,)
  return NotImplemented
 return __eq__


MADE['30f6c7b2f1708580a7b377f5c30626e83a192d29'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.x,self.y,self.w,self.h,self.slide,self.border,)==(other.x,other.y,other.w,other.h,other.slide,other.border,)
  return NotImplemented
 return __eq__


MADE['e22b45105ea8e83b9b70584d5f3bd6fb7ac44dbc'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.x,self.y,self.w,self.h,self.source,self.part,)==(other.x,other.y,other.w,other.h,other.source,other.part,)
  return NotImplemented
 return __eq__


MADE['db699ca71454e207a940b32381b7b2c1d7f6ced7'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.x,self.y,self.w,self.h,self.type,self.categories,self.series,self.colors,self.font,self.font_size,self.text_color,self.drawing,self.alt,self.grid_color,self.axis_color,self.grid_width,self.axis_width,self.line_width,self.marker_size,self.bar_gap,self.bar_overlap,self.tick_marks,self.slice_line,self.slice_line_width,self.axis,self.tick_format,self.label_format,self.data_labels,self.label_positions,self.label_colors,self.label_bold,self.label_shows,self.legend,self.legend_box,self.plot,self.category_skip,self.category_rotation,self.bottom_up,)==(other.x,other.y,other.w,other.h,other.type,other.categories,other.series,other.colors,other.font,other.font_size,other.text_color,other.drawing,other.alt,other.grid_color,other.axis_color,other.grid_width,other.axis_width,other.line_width,other.marker_size,other.bar_gap,other.bar_overlap,other.tick_marks,other.slice_line,other.slice_line_width,other.axis,other.tick_format,other.label_format,other.data_labels,other.label_positions,other.label_colors,other.label_bold,other.label_shows,other.legend,other.legend_box,other.plot,other.category_skip,other.category_rotation,other.bottom_up,)
  return NotImplemented
 return __eq__


MADE['f114492200ca4220f0fe0b85ed832ed67b55ff52'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.x,self.y,self.w,self.h,self.widths,self.heights,self.cells,self.header,self.line,self.line_width,)==(other.x,other.y,other.w,other.h,other.widths,other.heights,other.cells,other.header,other.line,other.line_width,)
  return NotImplemented
 return __eq__


MADE['12e19ca4744e8b4e1c3ed946c91fcb6c75c37f2f'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.x1,self.y1,self.x2,self.y2,self.color,self.width,)==(other.x1,other.y1,other.x2,other.y2,other.color,other.width,)
  return NotImplemented
 return __eq__


MADE['a8052299932df411fea0fbbe08a84c679a430921'] = __create_fn__


def __create_fn__():
 def __ge__(self,other):
  if other.__class__ is self.__class__:
   return (self.path,self.line,self.col,)>=(other.path,other.line,other.col,)
  return NotImplemented
 return __ge__


MADE['525ed0e3d1c8196b420c0846738633e32b49f73c'] = __create_fn__


def __create_fn__():
 def __gt__(self,other):
  if other.__class__ is self.__class__:
   return (self.path,self.line,self.col,)>(other.path,other.line,other.col,)
  return NotImplemented
 return __gt__


MADE['d89e4746eba953a56cb926904f1802129125069a'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.balance,))
 return __hash__


MADE['518982a69ca89660ea2e81e72b0e3382c7f9bd5b'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.char,self.face,self.size,self.color,self.x,))
 return __hash__


MADE['fce2681c843dfa77a43df3045c1517b3f9e20c26'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.color,self.image,self.pos,))
 return __hash__


MADE['85026c3867c2d5b2202ae2b728703167d1ce4675'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.columns,self.rows,self.pos,))
 return __hash__


MADE['b71867cc5b50eb96bb21a41553a7ffae4f312973'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.cover_title,self.section_title,self.quote,self.attribution,self.min_attribution,self.statement,self.table,self.timeline,self.math,self.grow,))
 return __hash__


MADE['e6fa1dc38f327f799ca531d3ba98a1d13a59e595'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.cx,self.cy,self.r,self.start,self.extent,self.fill,self.line,self.line_width,))
 return __hash__


MADE['e3930218cf153e8e71fccf21733abd8f2a5e2968'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.date,self.text,self.pos,))
 return __hash__


MADE['204705eb77e6e426655b7ffcc2a74b670872201c'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.deck,self.style,self.fonts,self.models,))
 return __hash__


MADE['4c2876a8ef8d06d5d6f9295fdb0e0718351aa5e5'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.divider,))
 return __hash__


MADE['ed620f74222dba7c5dc004589160d7b1a4f7272d'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.dpi,self.reuse,self.kept,))
 return __hash__


MADE['24e2974630f2ec4fb5932e1434b2dd0a08fd8c34'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.fill,self.pictures,))
 return __hash__


MADE['2f9984437646b796fde9f2e8149762f18c29e962'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.font,self.color,))
 return __hash__


MADE['e7c6501ec5850587105b958ff32b6596496f2cf4'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.format,self.suffix,self.draw,self.default,self.folder,))
 return __hash__


MADE['ee5db2b9288fd6ef4ec326494b6034ec032d2f36'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.frags,self.baseline,self.width,))
 return __hash__


MADE['874c8cc8f1eab77ffe80a263731206633066844c'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.frame,self.fill,self.margin,))
 return __hash__


MADE['4f28c62283fbd9b4b1698a10949f3435f8f57934'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.heading,self.body,self.mono,self.fallback,))
 return __hash__


MADE['aa4f988c81348facd3ca0720152855b562f1190c'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.id,self.title,self.publisher,self.author,self.url,self.date,self.note,self.pos,))
 return __hash__


MADE['290cda7b053ccec2d6d3d797e70066b734a9df51'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.kind,self.name,self.value,self.quoted,self.offset,))
 return __hash__


MADE['485672f766af02a04ca576d65733c8a47e37dfd9'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.layout,self.exact,self.note,))
 return __hash__


MADE['c6c201f2147ee023634c30927f9da2d81314cf38'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.level_scale,self.hang,self.step,self.marker,self.gaps,self.spacing,self.rounded,))
 return __hash__


MADE['cb2f8ee43788d6d63d39276c67b6f32656e33fd8'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.line,self.end,self.text,self.reason,))
 return __hash__


MADE['8f0baced2ae3b35795d0ebf7a9c11e73c185051e'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.media,self.deck,self.handout,self.extra,))
 return __hash__


MADE['5d5bdcf5eb2330f21ca842a8dbc716410846370e'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.name,self.description,self.handout,self.style,self.pos,self.lang,))
 return __hash__


MADE['b3734dbdee6ebdf3a548d57f5e79b0af12f25672'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.name,self.extends,self.slide,self.fonts,self.colors,self.sizes,self.scale,self.footer,self.logo,self.background,self.handout,self.code,self.body,self.sections,self.math,self.pptx,self.files,))
 return __hash__


MADE['6a8f052e7931a6916a2a1e4a4a17b43570ce4b86'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.name,self.placeholders,self.art,))
 return __hash__


MADE['a1caf86aef5c7ad0d821b5d04c9883fbd184578d'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.name,self.title,self.path,self.subtitle,self.author,self.date,self.style,self.style_pos,self.sources,self.audiences,self.sections,self.audience,self.pos,self.files,self.reveal,self.lang,))
 return __hash__


MADE['561971b60adb4e8e650ee5514629f72cc1aedc0c'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.name,self.values,))
 return __hash__


MADE['56b7ae020b521e7860b053277b3058a17dabaf34'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.number,self.kind,self.title,self.width,self.height,self.background,self.boxes,self.own_background,self.notes,self.details,self.section,self.pos,self.continued,self.sources,self.media,self.extra,self.printed,self.template_layout,self.reveal,self.underlay,self.lang,))
 return __hash__


MADE['c3012e035d8edeff9c677b5ba4f69b61afb378fb'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.number,self.width,self.height,self.boxes,self.bookmarks,))
 return __hash__


MADE['e1e9171e2317dc9358d5d36c6e9c981ad3b67ac7'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.only,self.skip,self.media,))
 return __hash__


MADE['48d82f145cfbada73228ef753c2fc1bedba2bd1e'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.page,self.layout,self.margins,self.notes,self.details,))
 return __hash__


MADE['575f3c34d3d64f79c1b77c88f05a3bd35974a95d'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.para,))
 return __hash__


MADE['96d7e2314f11746047edc37abbcb75cb76906df6'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.part,self.box,))
 return __hash__


MADE['6d3b378995f46b0812a8e46c04807d170cc0bdfa'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.path,self.alt,self.caption,self.width,self.height,self.pos,self.decorative,self.box_w,self.box_h,self.fit,self.focus,))
 return __hash__


MADE['6507928ceaf15d44d09b2b59919f652c77a26927'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.path,self.display,self.root,self.text,))
 return __hash__


MADE['f2e7be269012101292b44c5b1a141edab07774f1'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.path,self.id,))
 return __hash__


MADE['67b389f2aa09127c07f87b167be44a65962afced'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.path,self.line,self.col,))
 return __hash__


MADE['b950cb774da500bd8929afab2f48bff7922f222c'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.path,self.width,self.height,self.layouts,self.colors,self.major_font,self.minor_font,self.slides,))
 return __hash__


MADE['2537c0125c7e535558d89587a6ab87fb9ea3c996'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.points,self.color,self.width,))
 return __hash__


MADE['5ba0dd46100aa54056cc57821f05aac422113706'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.pos,self.severity,self.message,self.hint,))
 return __hash__


MADE['f6c394c86024ee8a74d7f8ed6a716dca37fe9770'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.primary,self.accent,self.text,self.background,self.muted,self.surface,self.on_primary,))
 return __hash__


MADE['e35f9352695b2f1baa77dbb9ae276505d38dc2be'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.root,self.allow,))
 return __hash__


MADE['9507d566611275d77ffedb4bfa2256116dfd1057'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.runs,self.lines,self.level,self.size,self.line_height,self.space_before,self.margin_left,self.indent,self.align,self.marker,self.top,self.lang,self.rtl,self.tag,))
 return __hash__


MADE['29c7b9bc734e57e3b534b2a45e2a8e5f41a86b62'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.shape,self.size,self.width,))
 return __hash__


MADE['39adee33918dfd1b994962378c57866eee8684fc'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.size,))
 return __hash__


MADE['ca397698a5d54f43cf8101eda62cb4a19e4c9569'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.slide,self.notes,self.charts,))
 return __hash__


MADE['668b7818982e8c41259817780d96710c46a59b97'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.spec,self.required,self.doc,))
 return __hash__


MADE['13ea835a5137bbdca28d8f4f0e31f70a79512c78'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.target,self.audience,self.style,self.style_base,self.style_pos,self.formats,self.deck_name,self.key,self.state,self.inputs,self.allow,self.dpi,self.a11y,self.owner,))
 return __hash__


MADE['8a5e9b6bbcd87720a0892bafda73797aa0833bb8'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.template,self.layouts,))
 return __hash__


MADE['6e65585ed20f4f08a29a3aa0c471f58e6f488f69'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.template_layout,self.title,self.content,self.bodies,self.subtitle,self.footer,self.decorate,))
 return __hash__


MADE['36ec6932bbba45d73b03ebcf5dc4f48885b6965f'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.text,self.bullets,self.sources,self.vis,self.pos,self.lang,))
 return __hash__


MADE['65ce983da2fea7ca2dcb37a6ef5f8dab3642294e'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.text,self.by,self.pos,))
 return __hash__


MADE['79f67f5603d3e6671930528e69d93e2ce6420d3f'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.text,self.color,self.bold,self.italic,))
 return __hash__


MADE['5e711bf5b58e81a16259a7f323810667e17b69cb'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.text,self.face,self.size,self.color,self.bold,self.italic,self.code,self.link,self.field,self.east_asian,self.underline,self.family,self.math,))
 return __hash__


MADE['3f5aa2e3b711c22b206b9b680610d8be6e2bdbaf'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.text,self.lang,self.line_numbers,self.highlight,self.pos,))
 return __hash__


MADE['acc175c88b5f10d6d86a960d46ee4641fc0d8c24'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.text,self.run,self.x,self.width,self.rtl,))
 return __hash__


MADE['4f8c29a42bdfa0b75c6bab600068db13dcd40b63'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.theme,self.colors,self.text,self.background,self.line_numbers,self.highlight,self.size,self.min_size,))
 return __hash__


MADE['bf538fad83d2152914603113be2d859f34159d81'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.title,self.bullets,self.pos,))
 return __hash__


MADE['0837c59e6831e9cbbe11e4310d69014f88cf8de0'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.title,self.kind,self.bullets,self.columns,self.quote,self.image,self.table,self.chart,self.timeline,self.statement,self.code,self.math,self.images,self.background,self.notes,self.details,self.sources,self.vis,self.variants,self.pos,self.reveal,self.lang,self.shown,))
 return __hash__


MADE['2f60a2327558b73742a717eae668cce0bd29292a'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.title,self.slides,self.summary,self.notes,self.sources,self.vis,self.pos,self.digest,self.media,))
 return __hash__


MADE['cebf546665482d4aaa05f6c2be17295a93e646a1'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.title,self.subtitle,self.author,self.date,self.lang,self.width,self.height,self.template,self.template_size,self.heading_font,self.body_font,self.colors,self.master_background,))
 return __hash__


MADE['6bf2eaa30354f22366f1188983c314bb80bd07be'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.title,self.subtitle,self.body,self.min_body,self.min_title,self.notes,self.footer,self.sources,))
 return __hash__


MADE['2658954f42f11d5fd84f9c93c3fc51dc9ef69e51'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.title,self.subtitle,self.byline,self.audience,self.sources,self.cites,))
 return __hash__


MADE['20affb068a39f71cde4f1a3b8957d99953bb7efa'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.type,self.categories,self.series,self.pos,self.alt,))
 return __hash__


MADE['bb1de0c6711e45fc93376638e76963df94a25cf4'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.type,self.idx,self.box,))
 return __hash__


MADE['dba3ec39934123735c6cd5f6f4bdc3b1bcd6a111'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.width,self.height,self.alt,))
 return __hash__


MADE['94cd244bb98b0e1d1023da128e1500c3a1f2c15d'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.width,self.height,self.margin,self.title_top,self.title_h,self.rule_y,self.body_top,self.body_bottom,self.footer_y,self.footer_h,))
 return __hash__


MADE['acee5202782786437804fa725c98b3a1e006172a'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.x,self.y,self.w,self.h,))
 return __hash__


MADE['6896715f1b22377db1633b2ce565703088e24d5f'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.x,self.y,self.w,self.h,self.fill,self.line,self.line_width,self.name,self.geom,))
 return __hash__


MADE['c6b028089ef5f3e80c625a6e1fd36de0f399ee37'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.x,self.y,self.w,self.h,self.ox,self.oy,self.shape,self.size,self.color,self.owner,))
 return __hash__


MADE['c55966292b9ce908720f8008b1939f5fce674b36'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.x,self.y,self.w,self.h,self.paragraphs,self.role,self.anchor,self.placeholder,self.content_height,self.rotation,))
 return __hash__


MADE['17fc7dc9f5ce8b85017c7b4eecc58cbead3244b7'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.x,self.y,self.w,self.h,self.path,self.alt,self.name,self.decorative,self.crop,))
 return __hash__


MADE['a79bc07e7d9ea7e8be3a0f794bdf9b513213f362'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.x,self.y,self.w,self.h,self.slide,self.border,))
 return __hash__


MADE['d4a6465591d0b8295865de7835a90a0e0207847c'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.x,self.y,self.w,self.h,self.source,self.part,))
 return __hash__


MADE['f9d6e96cdc8a05096831de8ed5a7ed6a29d5b030'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.x,self.y,self.w,self.h,self.type,self.categories,self.series,self.colors,self.font,self.font_size,self.text_color,self.drawing,self.alt,self.grid_color,self.axis_color,self.grid_width,self.axis_width,self.line_width,self.marker_size,self.bar_gap,self.bar_overlap,self.tick_marks,self.slice_line,self.slice_line_width,self.axis,self.tick_format,self.label_format,self.data_labels,self.label_positions,self.label_colors,self.label_bold,self.label_shows,self.legend,self.legend_box,self.plot,self.category_skip,self.category_rotation,self.bottom_up,))
 return __hash__


MADE['313060e43a09d96d4b410eeb19b00dea0cc2ff79'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.x,self.y,self.w,self.h,self.widths,self.heights,self.cells,self.header,self.line,self.line_width,))
 return __hash__


MADE['f54dc6e7f03f1e17bb9c03d65601e2e0012a2af7'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.x1,self.y1,self.x2,self.y2,self.color,self.width,))
 return __hash__


MADE['0ab5ee013baf724cae81fe3e638d11d43f57d01f'] = __create_fn__


def __create_fn__():
 def __le__(self,other):
  if other.__class__ is self.__class__:
   return (self.path,self.line,self.col,)<=(other.path,other.line,other.col,)
  return NotImplemented
 return __le__


MADE['25793cadef663e4458a3e4f50794e00b550adc3e'] = __create_fn__


def __create_fn__():
 def __lt__(self,other):
  if other.__class__ is self.__class__:
   return (self.path,self.line,self.col,)<(other.path,other.line,other.col,)
  return NotImplemented
 return __lt__


MADE['be6fed7f248e3cce843a8358daf054d3e6347bf1'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(audience={self.audience!r}, slides={self.slides!r}, slides_dropped={self.slides_dropped!r}, bullets={self.bullets!r}, bullets_dropped={self.bullets_dropped!r}, variants={self.variants!r}, dropped_titles={self.dropped_titles!r})"
 return __repr__


MADE['506589b1ebb7f2e28e0c238943b6636b84016837'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(balance={self.balance!r})"
 return __repr__


MADE['b435b1fe27acb9c2fb210dfd780664bdc1b653cc'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(boxes={self.boxes!r}, x={self.x!r}, y={self.y!r}, w={self.w!r}, h={self.h!r}, frames={self.frames!r}, bodies={self.bodies!r})"
 return __repr__


MADE['84da04cbedfd95a0d354ecffa0dbebc433683fd9'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(char={self.char!r}, face={self.face!r}, size={self.size!r}, color={self.color!r}, x={self.x!r})"
 return __repr__


MADE['7155b3f06d6ccafb86ce7738d666eee983cbf769'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(color={self.color!r}, image={self.image!r}, pos={self.pos!r})"
 return __repr__


MADE['2f1034678e59e4725a8646810d110ddb5d982601'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(columns={self.columns!r}, rows={self.rows!r}, pos={self.pos!r})"
 return __repr__


MADE['5597566120e994512020b8cf8e452de52e1d350e'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(cover_title={self.cover_title!r}, section_title={self.section_title!r}, quote={self.quote!r}, attribution={self.attribution!r}, min_attribution={self.min_attribution!r}, statement={self.statement!r}, table={self.table!r}, timeline={self.timeline!r}, math={self.math!r}, grow={self.grow!r})"
 return __repr__


MADE['0e639ef558f77a8a0bfe0ee6810161ad927210b2'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(cx={self.cx!r}, cy={self.cy!r}, r={self.r!r}, start={self.start!r}, extent={self.extent!r}, fill={self.fill!r}, line={self.line!r}, line_width={self.line_width!r})"
 return __repr__


MADE['c3781285c4d587f3d0e480499fcba7cda5f6757e'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(date={self.date!r}, text={self.text!r}, pos={self.pos!r})"
 return __repr__


MADE['89f298ce1953ec44b150359c5a5649adb9cd4a0f'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(deck={self.deck!r}, style={self.style!r}, fonts={self.fonts!r}, models={self.models!r})"
 return __repr__


MADE['3e42ebbc17522dc6db22c60ed3907992ed19e9e6'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(diags={self.diags!r}, folder={self.folder!r}, files={self.files!r}, documents={self.documents!r}, sections={self.sections!r}, duplicates={self.duplicates!r}, report={self.report!r}, pictures={self.pictures!r})"
 return __repr__


MADE['75103d39d962ea8bb92da60a01bb986a5aacef0d'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(diags={self.diags!r}, outcomes={self.outcomes!r}, written={self.written!r}, up_to_date={self.up_to_date!r}, writing={self.writing!r})"
 return __repr__


MADE['18c916776ed95d1ece8e4b6f62dbb4c68feed640'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(divider={self.divider!r})"
 return __repr__


MADE['f09ee3827751ca5bc34508c13157d5a937013440'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(doc={self.doc!r}, title={self.title!r}, line={self.line!r}, parts={self.parts!r}, todos={self.todos!r}, sources={self.sources!r}, comments={self.comments!r}, lost={self.lost!r})"
 return __repr__


MADE['bb88a158114189cad7c66fee2b35c96614b050f5'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(dpi={self.dpi!r}, reuse={self.reuse!r}, kept={self.kept!r})"
 return __repr__


MADE['8af6a07197f117fb29ef2d26c1ffa73d9021fa95'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(dup={self.dup!r}, kept={self.kept!r}, percent={self.percent!r}, contained={self.contained!r})"
 return __repr__


MADE['2f9dcb9d9f22ccc4c602280318a49ed0ea26b550'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(family={self.family!r}, size={self.size!r}, color={self.color!r}, bold={self.bold!r}, italic={self.italic!r}, line_spacing={self.line_spacing!r}, align={self.align!r}, link_color={self.link_color!r})"
 return __repr__


MADE['33e4dd9ca20b1afd32068ead7c38c17dc96ef8d8'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(files={self.files!r}, pictures={self.pictures!r}, report={self.report!r}, title={self.title!r})"
 return __repr__


MADE['044648b64917f0a6c5c5f33d80eb12d2f46a5b2b'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(fill={self.fill!r}, pictures={self.pictures!r})"
 return __repr__


MADE['ba052f5b078900680c8664e6e0270c66523151f6'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(folder={self.folder!r}, files={self.files!r}, diags={self.diags!r})"
 return __repr__


MADE['970a25f7a65750162b62fc61aceb6cf1090acb4d'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(font={self.font!r}, color={self.color!r})"
 return __repr__


MADE['9962e1f45400260dd75455c1eaeb5357763d5c51'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(fonts={self.fonts!r}, mono={self.mono!r}, fallback={self.fallback!r}, math_font={self.math_font!r}, missing={self.missing!r}, substituted={self.substituted!r}, _chain_cache={self._chain_cache!r}, _face_cache={self._face_cache!r}, _runs_cache={self._runs_cache!r}, _para_cache={self._para_cache!r}, _measured={self._measured!r}, _bullet_faces={self._bullet_faces!r})"
 return __repr__


MADE['2a58eb9af53b747ec5fdeeb3d198da5247702201'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(format={self.format!r}, suffix={self.suffix!r}, draw={self.draw!r}, default={self.default!r}, folder={self.folder!r})"
 return __repr__


MADE['099445a04b7ad3f976997a02f2b2d4db1240d191'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(frags={self.frags!r}, baseline={self.baseline!r}, width={self.width!r})"
 return __repr__


MADE['cf999181ac02678c7db44716da8a6491a9f0a3c0'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(frame={self.frame!r}, fill={self.fill!r}, margin={self.margin!r})"
 return __repr__


MADE['d408e3356d03aa59320c02eae18e55b015071463'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(frame={self.frame!r}, size={self.size!r}, shrunk={self.shrunk!r}, paragraphs={self.paragraphs!r}, fits={self.fits!r})"
 return __repr__


MADE['5f52e1f781cac77f2c804a7c333bcacd52d2fd19'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(heading={self.heading!r}, body={self.body!r}, mono={self.mono!r}, fallback={self.fallback!r})"
 return __repr__


MADE['58d14789fd1a268c4a7844b17b8bad089c97cb8f'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(id={self.id!r}, title={self.title!r}, publisher={self.publisher!r}, author={self.author!r}, url={self.url!r}, date={self.date!r}, note={self.note!r}, pos={self.pos!r})"
 return __repr__


MADE['9052593712e2db48084fead8949d1ddb73a0c557'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(items={self.items!r})"
 return __repr__


MADE['f13304d0f1a8127d229cb2cc22bc3074ba95e010'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(kind={self.kind!r}, name={self.name!r}, value={self.value!r}, quoted={self.quoted!r}, offset={self.offset!r})"
 return __repr__


MADE['6b5de6c5f939feec7fa97dfdd824736b8f0aa6e6'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(kind={self.kind!r}, text={self.text!r}, line={self.line!r}, end={self.end!r}, level={self.level!r}, gap={self.gap!r}, indent={self.indent!r}, mark={self.mark!r}, data={self.data!r})"
 return __repr__


MADE['6f42be69c99b5ce7e5ad9b04520aa46ea09f370d'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(kind={self.kind!r}, title={self.title!r}, boxes={self.boxes!r}, pos={self.pos!r}, notes={self.notes!r}, details={self.details!r}, section={self.section!r}, background={self.background!r}, footer_color={self.footer_color!r}, continued={self.continued!r}, sources={self.sources!r}, media={self.media!r}, extra={self.extra!r}, model={self.model!r}, frames={self.frames!r})"
 return __repr__


MADE['6b7b749703cecc1430ca2785bbc4908646ee8272'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(latex={self.latex!r}, fontset={self.fontset!r}, advance={self.advance!r}, ascent={self.ascent!r}, descent={self.descent!r}, ink={self.ink!r}, paths={self.paths!r})"
 return __repr__


MADE['7965e05953b7c17ebc286512dc286f11ec230027'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(layout={self.layout!r}, exact={self.exact!r}, note={self.note!r})"
 return __repr__


MADE['6bc456addc61cdea9ddf524c934f852c5cd50e20'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(level_scale={self.level_scale!r}, hang={self.hang!r}, step={self.step!r}, marker={self.marker!r}, gaps={self.gaps!r}, spacing={self.spacing!r}, rounded={self.rounded!r})"
 return __repr__


MADE['caba3b4e6b538201af10350d4c55d522f6692628'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(line={self.line!r}, end={self.end!r}, text={self.text!r}, reason={self.reason!r})"
 return __repr__


MADE['9f9ce9ab3108c06e87601c6a95746d04002295cf'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(line={self.line!r}, end={self.end!r}, text={self.text!r}, reason={self.reason!r}, first={self.first!r}, last={self.last!r}, heading={self.heading!r})"
 return __repr__


MADE['87a64c6e0f345374bc53b3fa0e01202b4d73e752'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(line={self.line!r}, heading={self.heading!r}, blocks={self.blocks!r})"
 return __repr__


MADE['25b6f7f45e7a833e619e42006c555078fdd1a442'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(line={self.line!r}, heading={self.heading!r}, pre={self.pre!r}, slides={self.slides!r})"
 return __repr__


MADE['8e70f2d2c1db6abac1aeeb41ebed1c689396437b'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(media={self.media!r}, deck={self.deck!r}, handout={self.handout!r}, extra={self.extra!r})"
 return __repr__


MADE['67f4f264e410afe71d39ea62bcb238e1a35d9a0b'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(name={self.name!r}, description={self.description!r}, handout={self.handout!r}, style={self.style!r}, pos={self.pos!r}, lang={self.lang!r})"
 return __repr__


MADE['519163d45c1035dddc782c519e3fa77c1eb1f167'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(name={self.name!r}, extends={self.extends!r}, slide={self.slide!r}, fonts={self.fonts!r}, colors={self.colors!r}, sizes={self.sizes!r}, scale={self.scale!r}, footer={self.footer!r}, logo={self.logo!r}, background={self.background!r}, handout={self.handout!r}, code={self.code!r}, body={self.body!r}, sections={self.sections!r}, math={self.math!r}, pptx={self.pptx!r}, files={self.files!r})"
 return __repr__


MADE['1395a6cd516fd29748be740f2754fe3177c561d3'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(name={self.name!r}, placeholders={self.placeholders!r}, art={self.art!r})"
 return __repr__


MADE['79b81a5384aac2bcacb4e7f98d482aec48c600ad'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(name={self.name!r}, target={self.target!r}, placeholders={self.placeholders!r})"
 return __repr__


MADE['68fb1e681ee17cebd9fa5d7c94953689c7122c17'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(name={self.name!r}, title={self.title!r}, path={self.path!r}, subtitle={self.subtitle!r}, author={self.author!r}, date={self.date!r}, style={self.style!r}, style_pos={self.style_pos!r}, sources={self.sources!r}, audiences={self.audiences!r}, sections={self.sections!r}, audience={self.audience!r}, pos={self.pos!r}, files={self.files!r}, reveal={self.reveal!r}, lang={self.lang!r})"
 return __repr__


MADE['22f921438d781e08202a42f19e4981f1373fdae1'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(name={self.name!r}, values={self.values!r})"
 return __repr__


MADE['1e19edfb42599e1caaeb960bd889c0d5a7402174'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(number={self.number!r}, kind={self.kind!r}, title={self.title!r}, width={self.width!r}, height={self.height!r}, background={self.background!r}, boxes={self.boxes!r}, own_background={self.own_background!r}, notes={self.notes!r}, details={self.details!r}, section={self.section!r}, pos={self.pos!r}, continued={self.continued!r}, sources={self.sources!r}, media={self.media!r}, extra={self.extra!r}, printed={self.printed!r}, template_layout={self.template_layout!r}, reveal={self.reveal!r}, underlay={self.underlay!r}, lang={self.lang!r})"
 return __repr__


MADE['41fec8ef7622ac76c5dc90cbd1efeef466a7132a'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(number={self.number!r}, width={self.width!r}, height={self.height!r}, boxes={self.boxes!r}, bookmarks={self.bookmarks!r}, key={self.key!r})"
 return __repr__


MADE['2990eb1d77f06d83c15d2174fbb0761cc98fdbb2'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(only={self.only!r}, skip={self.skip!r}, media={self.media!r})"
 return __repr__


MADE['f7cd7c355ad031907379b46d95e13d29e3de0031'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(page={self.page!r}, layout={self.layout!r}, margins={self.margins!r}, notes={self.notes!r}, details={self.details!r})"
 return __repr__


MADE['575c66ab426ccc32d47d6a8d051ec77bdc6d7a73'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(page={self.page!r}, text={self.text!r}, x0={self.x0!r}, x1={self.x1!r}, top={self.top!r}, bottom={self.bottom!r}, size={self.size!r}, bold={self.bold!r}, base={self.base!r}, column={self.column!r})"
 return __repr__


MADE['04e9f45beddea56f6a48886a0cf0acacf4e16fbb'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(para={self.para!r})"
 return __repr__


MADE['d03ff87c5b258d91891bfa1d84d0598eefa39027'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(part={self.part!r}, box={self.box!r})"
 return __repr__


MADE['fe2178d23a609b99e67ea966351651b395bff672'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(path={self.path!r}, alt={self.alt!r}, caption={self.caption!r}, width={self.width!r}, height={self.height!r}, pos={self.pos!r}, decorative={self.decorative!r}, box_w={self.box_w!r}, box_h={self.box_h!r}, fit={self.fit!r}, focus={self.focus!r})"
 return __repr__


MADE['6cee75de2eeaf7bebb15d301f2f9d9a281b9d5f9'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(path={self.path!r}, display={self.display!r}, root={self.root!r}, text={self.text!r})"
 return __repr__


MADE['46bcc701792bb717d9c3a8d38e2256804eb615bf'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(path={self.path!r}, display={self.display!r}, sid={self.sid!r}, fmt={self.fmt!r}, blocks={self.blocks!r}, dropped={self.dropped!r}, title={self.title!r}, author={self.author!r}, url={self.url!r}, date={self.date!r}, publisher={self.publisher!r}, unit={self.unit!r}, skipped={self.skipped!r})"
 return __repr__


MADE['27b7e94a43f0a96918e6541d387d7be5bd685471'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(path={self.path!r}, family={self.family!r}, style={self.style!r}, units_per_em={self.units_per_em!r}, ascent={self.ascent!r}, descent={self.descent!r}, panose={self.panose!r})"
 return __repr__


MADE['86ceb79572b036b69ad2a4c2e3d032183168d317'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(path={self.path!r}, id={self.id!r})"
 return __repr__


MADE['472cdc4bd510313bd5021d095d36ee2733ecfb5f'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(path={self.path!r}, line={self.line!r}, col={self.col!r})"
 return __repr__


MADE['fdd8950d9bf2f31a859ca1955a281c7a128754cc'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(path={self.path!r}, width={self.width!r}, height={self.height!r}, layouts={self.layouts!r}, colors={self.colors!r}, major_font={self.major_font!r}, minor_font={self.minor_font!r}, slides={self.slides!r})"
 return __repr__


MADE['d5e147d5502501d59df6cce9d3e86b4a8dcc61d8'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(points={self.points!r}, color={self.color!r}, width={self.width!r})"
 return __repr__


MADE['7eead6d124b79b2df5f7a6fd4734f7cd5f43093f'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(pos={self.pos!r}, severity={self.severity!r}, message={self.message!r}, hint={self.hint!r})"
 return __repr__


MADE['c07275aab83e77fc0811cfc9dcac786ee4206253'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(primary={self.primary!r}, accent={self.accent!r}, text={self.text!r}, background={self.background!r}, muted={self.muted!r}, surface={self.surface!r}, on_primary={self.on_primary!r})"
 return __repr__


MADE['2f44df30489e526c385416eb8f6b4c143569b24b'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(root={self.root!r}, allow={self.allow!r})"
 return __repr__


MADE['59d3af325eedbda224a6da64e33bf4eac32e4c41'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(root={self.root!r}, decks={self.decks!r}, style={self.style!r}, out={self.out!r}, jobs={self.jobs!r}, formats={self.formats!r}, file={self.file!r}, allow={self.allow!r})"
 return __repr__


MADE['21a990b9a6bd5575f05d8374786b0cd67c185f11'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(runs={self.runs!r}, lines={self.lines!r}, level={self.level!r}, size={self.size!r}, line_height={self.line_height!r}, space_before={self.space_before!r}, margin_left={self.margin_left!r}, indent={self.indent!r}, align={self.align!r}, marker={self.marker!r}, top={self.top!r}, lang={self.lang!r}, rtl={self.rtl!r}, tag={self.tag!r})"
 return __repr__


MADE['56103a29c69af9f6f78c945a4ef4b89f67641b80'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(shape={self.shape!r}, size={self.size!r}, width={self.width!r})"
 return __repr__


MADE['01b468a6429a44c9bd12e5f0cdfbce7edf9330e8'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(size={self.size!r})"
 return __repr__


MADE['1ddd0141007157e51853d95565dcd630a539fd0f'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(size={self.size!r}, rows={self.rows!r}, paras={self.paras!r}, numbers={self.numbers!r}, line_h={self.line_h!r}, pad_x={self.pad_x!r}, pad_y={self.pad_y!r}, num_w={self.num_w!r}, num_col={self.num_col!r}, text_w={self.text_w!r})"
 return __repr__


MADE['ab032db87a28f1d29132b64fcc41878d6a16f62c'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(slide={self.slide!r}, notes={self.notes!r}, charts={self.charts!r})"
 return __repr__


MADE['4fbc64ba39e50b37ee21aa4aff51a74e1c08577c'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(slides={self.slides!r}, diagnostics={self.diagnostics!r}, pptx={self.pptx!r}, memo={self.memo!r})"
 return __repr__


MADE['611cfc40f4c9b697700c859a54e7e37004689491'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(slides={self.slides!r}, info={self.info!r}, report={self.report!r}, _handout={self._handout!r}, _handout_pages={self._handout_pages!r}, when_laid_out={self.when_laid_out!r})"
 return __repr__


MADE['e10ccdb2dd55864b4fb7317d98f202592f2fee61'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(sources={self.sources!r}, audiences={self.audiences!r}, files={self.files!r})"
 return __repr__


MADE['e20f2fd987883d596d9ab0faddff233b387f81b7'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(spec={self.spec!r}, required={self.required!r}, doc={self.doc!r})"
 return __repr__


MADE['d69a81f5ac4a286c5469164c1c74c91a4e20814a'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(src={self.src!r}, alt={self.alt!r}, line={self.line!r}, word={self.word!r}, caption={self.caption!r}, figure={self.figure!r})"
 return __repr__


MADE['2397743a298d55c268585a8aa7f2f1f72125c41e'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(target={self.target!r}, audience={self.audience!r}, style={self.style!r}, style_base={self.style_base!r}, style_pos={self.style_pos!r}, formats={self.formats!r}, deck_name={self.deck_name!r}, key={self.key!r}, state={self.state!r}, inputs={self.inputs!r}, allow={self.allow!r}, dpi={self.dpi!r}, a11y={self.a11y!r}, owner={self.owner!r})"
 return __repr__


MADE['f41cc875b92589203bbcb05633ef4b63ca7fd02b'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(targets={self.targets!r}, out_dir={self.out_dir!r}, formats={self.formats!r}, audience={self.audience!r}, style={self.style!r}, style_base={self.style_base!r}, strict={self.strict!r}, jobs={self.jobs!r}, force={self.force!r}, allow={self.allow!r}, a11y={self.a11y!r}, progress={self.progress!r}, dpi={self.dpi!r})"
 return __repr__


MADE['7c2098b6b8d8a6d20b31d28aa93a553d1e4c0376'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(task={self.task!r}, diagnostics={self.diagnostics!r}, report={self.report!r}, slides={self.slides!r}, files={self.files!r}, cached={self.cached!r}, keep={self.keep!r}, made={self.made!r})"
 return __repr__


MADE['4eb73b5c800fa8c4b859bf4d697b422f9cc8b104'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(template={self.template!r}, layouts={self.layouts!r})"
 return __repr__


MADE['87b769c6349daac42b88737578e6f46ba00e1084'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(template_layout={self.template_layout!r}, title={self.title!r}, content={self.content!r}, bodies={self.bodies!r}, subtitle={self.subtitle!r}, footer={self.footer!r}, decorate={self.decorate!r})"
 return __repr__


MADE['c140497de0790bf51e62dc0416d001cb0103327a'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(text={self.text!r}, block={self.block!r}, order={self.order!r}, words={self.words!r}, item={self.item!r}, opens={self.opens!r}, children={self.children!r}, score={self.score!r})"
 return __repr__


MADE['1fd4304e4394bebed5544496330dbd0bce897379'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(text={self.text!r}, bold={self.bold!r}, italic={self.italic!r}, code={self.code!r}, link={self.link!r}, field={self.field!r}, color={self.color!r}, scale={self.scale!r}, math={self.math!r})"
 return __repr__


MADE['3c29bb8952fdd96dea1b88fa90b01f4946386e11'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(text={self.text!r}, bullets={self.bullets!r}, sources={self.sources!r}, vis={self.vis!r}, pos={self.pos!r}, lang={self.lang!r})"
 return __repr__


MADE['497a103c08ad495cc338f7b53893410a7e5c7f4c'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(text={self.text!r}, by={self.by!r}, pos={self.pos!r})"
 return __repr__


MADE['34eff82726c987c79d026e168031d9d445de6cdf'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(text={self.text!r}, color={self.color!r}, bold={self.bold!r}, italic={self.italic!r})"
 return __repr__


MADE['6571fec4bc9a8bd8c558a3e601a81140077227e3'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(text={self.text!r}, face={self.face!r}, size={self.size!r}, color={self.color!r}, bold={self.bold!r}, italic={self.italic!r}, code={self.code!r}, link={self.link!r}, field={self.field!r}, east_asian={self.east_asian!r}, underline={self.underline!r}, family={self.family!r}, math={self.math!r})"
 return __repr__


MADE['a6af63fb6b6fa444426482e75d95a1e159b11143'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(text={self.text!r}, lang={self.lang!r}, line_numbers={self.line_numbers!r}, highlight={self.highlight!r}, pos={self.pos!r})"
 return __repr__


MADE['969159b0814efd5050fbdd5060b12f32777dbfa0'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(text={self.text!r}, line={self.line!r}, end={self.end!r}, children={self.children!r}, whole={self.whole!r})"
 return __repr__


MADE['380175392383c06e481361571d9e654751aa79e1'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(text={self.text!r}, run={self.run!r}, x={self.x!r}, width={self.width!r}, rtl={self.rtl!r})"
 return __repr__


MADE['85a34123fdef191b3012b2bfc4eefcd012f6724f'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(theme={self.theme!r}, colors={self.colors!r}, text={self.text!r}, background={self.background!r}, line_numbers={self.line_numbers!r}, highlight={self.highlight!r}, size={self.size!r}, min_size={self.min_size!r})"
 return __repr__


MADE['84a965b5a2a5d5cadab74f5bae4ff74bc055c317'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(title={self.title!r}, blocks={self.blocks!r})"
 return __repr__


MADE['abf03d2883f342096c58e305795324ad8d3b429d'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(title={self.title!r}, bullets={self.bullets!r}, pos={self.pos!r})"
 return __repr__


MADE['2f0e57a2ed467b3202595787ab35bcb0877e4cee'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(title={self.title!r}, content={self.content!r}, todos={self.todos!r}, line={self.line!r}, end={self.end!r}, picture={self.picture!r}, caption={self.caption!r})"
 return __repr__


MADE['66fe65dabe11afb0eda9bfac23085bb9b9ddabe9'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(title={self.title!r}, kind={self.kind!r}, bullets={self.bullets!r}, columns={self.columns!r}, quote={self.quote!r}, image={self.image!r}, table={self.table!r}, chart={self.chart!r}, timeline={self.timeline!r}, statement={self.statement!r}, code={self.code!r}, math={self.math!r}, images={self.images!r}, background={self.background!r}, notes={self.notes!r}, details={self.details!r}, sources={self.sources!r}, vis={self.vis!r}, variants={self.variants!r}, pos={self.pos!r}, reveal={self.reveal!r}, lang={self.lang!r}, shown={self.shown!r})"
 return __repr__


MADE['81a741ff12bba31484e50dc9b77070017b5639af'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(title={self.title!r}, points={self.points!r}, todos={self.todos!r}, special={self.special!r}, notes={self.notes!r})"
 return __repr__


MADE['1d891635dd33edaf194db3cf7cad38c2498cc04f'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(title={self.title!r}, slides={self.slides!r}, summary={self.summary!r}, notes={self.notes!r}, sources={self.sources!r}, vis={self.vis!r}, pos={self.pos!r}, digest={self.digest!r}, media={self.media!r})"
 return __repr__


MADE['4a4105dbda19ee068924735a7ba59e0add6d8167'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(title={self.title!r}, subtitle={self.subtitle!r}, author={self.author!r}, date={self.date!r}, lang={self.lang!r}, width={self.width!r}, height={self.height!r}, template={self.template!r}, template_size={self.template_size!r}, heading_font={self.heading_font!r}, body_font={self.body_font!r}, colors={self.colors!r}, master_background={self.master_background!r})"
 return __repr__


MADE['ae0f9dc5eb4ade1c75bdf1c67e964156890677d1'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(title={self.title!r}, subtitle={self.subtitle!r}, body={self.body!r}, min_body={self.min_body!r}, min_title={self.min_title!r}, notes={self.notes!r}, footer={self.footer!r}, sources={self.sources!r})"
 return __repr__


MADE['8ef916d07357034600dde48f42674129d29d31b4'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(title={self.title!r}, subtitle={self.subtitle!r}, byline={self.byline!r}, audience={self.audience!r}, sources={self.sources!r}, cites={self.cites!r})"
 return __repr__


MADE['1a491981477f3d38d7ced53c8773ce29a61bb39a'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(type={self.type!r}, categories={self.categories!r}, series={self.series!r}, pos={self.pos!r}, alt={self.alt!r})"
 return __repr__


MADE['3bd540f87b8c480c778160e1b46d4b753ec4ffa1'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(type={self.type!r}, idx={self.idx!r}, box={self.box!r})"
 return __repr__


MADE['8f44f4b51a0b28f2b2b5c54bd15ccf82d32b2b3e'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(width={self.width!r}, height={self.height!r}, alt={self.alt!r})"
 return __repr__


MADE['f137194f86d3865316083176b48ff5136b655ab6'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(width={self.width!r}, height={self.height!r}, margin={self.margin!r}, title_top={self.title_top!r}, title_h={self.title_h!r}, rule_y={self.rule_y!r}, body_top={self.body_top!r}, body_bottom={self.body_bottom!r}, footer_y={self.footer_y!r}, footer_h={self.footer_h!r})"
 return __repr__


MADE['42fb6c78f6854e5188745a9dae278fc50ba7a0a9'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(width={self.width!r}, height={self.height!r}, margin={self.margin!r}, top={self.top!r}, bottom={self.bottom!r}, pages={self.pages!r}, marks={self.marks!r}, y={self.y!r})"
 return __repr__


MADE['fab2c9bc8aee637d9b6f48f18e1eb09c62218aad'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(words={self.words!r}, lines={self.lines!r}, pieces={self.pieces!r}, too_deep={self.too_deep!r}, figures={self.figures!r}, title={self.title!r}, author={self.author!r}, url={self.url!r}, _index={self._index!r}, _covered={self._covered!r}, _starts={self._starts!r})"
 return __repr__


MADE['00224d6c1035491ae901e083055ff2d6b4db05be'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(written={self.written!r}, error={self.error!r}, failed={self.failed!r}, kept={self.kept!r}, not_restored={self.not_restored!r})"
 return __repr__


MADE['6dbb88e24477128d3dccb3bc7bca858d0e7acda2'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(x1={self.x1!r}, y1={self.y1!r}, x2={self.x2!r}, y2={self.y2!r}, color={self.color!r}, width={self.width!r})"
 return __repr__


MADE['af78311365fcab408d029ad21eafed53b255bfb8'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(x={self.x!r}, y={self.y!r}, w={self.w!r}, h={self.h!r})"
 return __repr__


MADE['77c6b720ee4961ca8e298733759d78705999c00b'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(x={self.x!r}, y={self.y!r}, w={self.w!r}, h={self.h!r}, fill={self.fill!r}, line={self.line!r}, line_width={self.line_width!r}, name={self.name!r}, geom={self.geom!r})"
 return __repr__


MADE['5ea1bfb7521d9d2eb25104b1c87b485b7a9896dd'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(x={self.x!r}, y={self.y!r}, w={self.w!r}, h={self.h!r}, ox={self.ox!r}, oy={self.oy!r}, shape={self.shape!r}, size={self.size!r}, color={self.color!r}, owner={self.owner!r})"
 return __repr__


MADE['f1d3fe05daa3ec47044009b0e7770c02a0de3d82'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(x={self.x!r}, y={self.y!r}, w={self.w!r}, h={self.h!r}, paragraphs={self.paragraphs!r}, role={self.role!r}, anchor={self.anchor!r}, placeholder={self.placeholder!r}, content_height={self.content_height!r}, rotation={self.rotation!r})"
 return __repr__


MADE['48639ca2d789623b3942ea7ede7a5c19d3ea4304'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(x={self.x!r}, y={self.y!r}, w={self.w!r}, h={self.h!r}, path={self.path!r}, alt={self.alt!r}, name={self.name!r}, decorative={self.decorative!r}, crop={self.crop!r})"
 return __repr__


MADE['b54fb2c35d5fafd544c9707e30aa79a511c17f65'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(x={self.x!r}, y={self.y!r}, w={self.w!r}, h={self.h!r}, slide={self.slide!r}, border={self.border!r})"
 return __repr__


MADE['d2b53d215260612e7bc34dd922bd51a45e054037'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(x={self.x!r}, y={self.y!r}, w={self.w!r}, h={self.h!r}, source={self.source!r}, part={self.part!r})"
 return __repr__


MADE['aa611a4981d3533dc9ad86e29b636b9417b9285b'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(x={self.x!r}, y={self.y!r}, w={self.w!r}, h={self.h!r}, type={self.type!r}, categories={self.categories!r}, series={self.series!r}, colors={self.colors!r}, font={self.font!r}, font_size={self.font_size!r}, text_color={self.text_color!r}, drawing={self.drawing!r}, alt={self.alt!r}, grid_color={self.grid_color!r}, axis_color={self.axis_color!r}, grid_width={self.grid_width!r}, axis_width={self.axis_width!r}, line_width={self.line_width!r}, marker_size={self.marker_size!r}, bar_gap={self.bar_gap!r}, bar_overlap={self.bar_overlap!r}, tick_marks={self.tick_marks!r}, slice_line={self.slice_line!r}, slice_line_width={self.slice_line_width!r}, axis={self.axis!r}, tick_format={self.tick_format!r}, label_format={self.label_format!r}, data_labels={self.data_labels!r}, label_positions={self.label_positions!r}, label_colors={self.label_colors!r}, label_bold={self.label_bold!r}, label_shows={self.label_shows!r}, legend={self.legend!r}, legend_box={self.legend_box!r}, plot={self.plot!r}, category_skip={self.category_skip!r}, category_rotation={self.category_rotation!r}, bottom_up={self.bottom_up!r})"
 return __repr__


MADE['0062046d1f0af981b0e66fb0c403fd476bf093fb'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(x={self.x!r}, y={self.y!r}, w={self.w!r}, h={self.h!r}, widths={self.widths!r}, heights={self.heights!r}, cells={self.cells!r}, header={self.header!r}, line={self.line!r}, line_width={self.line_width!r})"
 return __repr__


MADE['92182b48ee27f52d206f9ef84e5ff7ad3cdfe3d6'] = __create_fn__


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


MADE['aed3d4e56dcae9bde791abb2c65c8156a8604f9a'] = __create_fn__


def __create_fn__(_type_balance, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,*,balance:_type_balance)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'balance',balance)
 return __init__


MADE['cf416fb24837bc4736d897943451093a9f24555a'] = __create_fn__


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


MADE['54ed2ffa940b5c0cbcce28fa9e51d89fd31f795d'] = __create_fn__


def __create_fn__(_type_char, _type_face, _type_size, _type_color, _type_x, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,char:_type_char,face:_type_face,size:_type_size,color:_type_color,x:_type_x)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'char',char)
  __dataclass_builtins_object__.__setattr__(self,'face',face)
  __dataclass_builtins_object__.__setattr__(self,'size',size)
  __dataclass_builtins_object__.__setattr__(self,'color',color)
  __dataclass_builtins_object__.__setattr__(self,'x',x)
 return __init__


MADE['61a73fe3acb53876cc414e7021aa97d868ed3cf7'] = __create_fn__


def __create_fn__(_type_color, _type_image, _type_pos, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_color, _dflt_image, _dflt_pos, _return_type):
 def __init__(self,color:_type_color=_dflt_color,image:_type_image=_dflt_image,pos:_type_pos=_dflt_pos)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'color',color)
  __dataclass_builtins_object__.__setattr__(self,'image',image)
  __dataclass_builtins_object__.__setattr__(self,'pos',pos)
 return __init__


MADE['ce07c513d7360f502f2e67e7eb87439863113439'] = __create_fn__


def __create_fn__(_type_columns, _type_rows, _type_pos, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_pos, _return_type):
 def __init__(self,columns:_type_columns,rows:_type_rows,pos:_type_pos=_dflt_pos)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'columns',columns)
  __dataclass_builtins_object__.__setattr__(self,'rows',rows)
  __dataclass_builtins_object__.__setattr__(self,'pos',pos)
 return __init__


MADE['b79a72783182e0fe05b082d9e2412cd3da30829e'] = __create_fn__


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


MADE['356372292116c941352ddae047d811ca9bd206d4'] = __create_fn__


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


MADE['8a7114a4608b72a01da6198236e206e6f03416d7'] = __create_fn__


def __create_fn__(_type_date, _type_text, _type_pos, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_pos, _return_type):
 def __init__(self,date:_type_date,text:_type_text,pos:_type_pos=_dflt_pos)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'date',date)
  __dataclass_builtins_object__.__setattr__(self,'text',text)
  __dataclass_builtins_object__.__setattr__(self,'pos',pos)
 return __init__


MADE['9cecc3e60e1dd0d2727cbaf3aa44c5e54b16f88c'] = __create_fn__


def __create_fn__(_type_deck, _type_style, _type_fonts, _type_models, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_models, _return_type):
 def __init__(self,deck:_type_deck,style:_type_style,fonts:_type_fonts,models:_type_models=_dflt_models)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'deck',deck)
  __dataclass_builtins_object__.__setattr__(self,'style',style)
  __dataclass_builtins_object__.__setattr__(self,'fonts',fonts)
  __dataclass_builtins_object__.__setattr__(self,'models',models)
 return __init__


MADE['6c4fd313bc239a31cc327be3329a56dca50a89b5'] = __create_fn__


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


MADE['a1d1eae14fcd16d70d9b0dbe8398f5c1b3c38424'] = __create_fn__


def __create_fn__(_type_diags, _type_outcomes, _type_written, _type_up_to_date, _type_writing, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_outcomes, _dflt_written, _dflt_up_to_date, _dflt_writing, _return_type):
 def __init__(self,diags:_type_diags,outcomes:_type_outcomes=_HAS_DEFAULT_FACTORY,written:_type_written=_HAS_DEFAULT_FACTORY,up_to_date:_type_up_to_date=_HAS_DEFAULT_FACTORY,writing:_type_writing=_dflt_writing)->_return_type:
  self.diags=diags
  self.outcomes=_dflt_outcomes() if outcomes is _HAS_DEFAULT_FACTORY else outcomes
  self.written=_dflt_written() if written is _HAS_DEFAULT_FACTORY else written
  self.up_to_date=_dflt_up_to_date() if up_to_date is _HAS_DEFAULT_FACTORY else up_to_date
  self.writing=writing
 return __init__


MADE['ded63b60f708b7dd1c06377552b5715eeba99545'] = __create_fn__


def __create_fn__(_type_divider, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,*,divider:_type_divider)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'divider',divider)
 return __init__


MADE['df8f62af8d9fd0b6dcc62e5b19c9efb599dfa4a5'] = __create_fn__


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


MADE['746732106a572b20559d84ab8a4b8bb6a516aaf8'] = __create_fn__


def __create_fn__(_type_dpi, _type_reuse, _type_kept, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_dpi, _dflt_reuse, _dflt_kept, _return_type):
 def __init__(self,dpi:_type_dpi=_dflt_dpi,reuse:_type_reuse=_HAS_DEFAULT_FACTORY,kept:_type_kept=_dflt_kept)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'dpi',dpi)
  __dataclass_builtins_object__.__setattr__(self,'reuse',_dflt_reuse() if reuse is _HAS_DEFAULT_FACTORY else reuse)
  __dataclass_builtins_object__.__setattr__(self,'kept',kept)
 return __init__


MADE['b0c6fd9370b822c88a23e52cb0d1cb4c5209c1f2'] = __create_fn__


def __create_fn__(_type_dup, _type_kept, _type_percent, _type_contained, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,dup:_type_dup,kept:_type_kept,percent:_type_percent,contained:_type_contained)->_return_type:
  self.dup=dup
  self.kept=kept
  self.percent=percent
  self.contained=contained
 return __init__


MADE['8360d3599800a675ae15cd1f788c8518f54e7ce2'] = __create_fn__


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


MADE['39653cde21dd417cb4eff56dfceaed3c9310a4fc'] = __create_fn__


def __create_fn__(_type_files, _type_pictures, _type_report, _type_title, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_files, _dflt_pictures, _dflt_report, _dflt_title, _return_type):
 def __init__(self,files:_type_files=_HAS_DEFAULT_FACTORY,pictures:_type_pictures=_HAS_DEFAULT_FACTORY,report:_type_report=_HAS_DEFAULT_FACTORY,title:_type_title=_dflt_title)->_return_type:
  self.files=_dflt_files() if files is _HAS_DEFAULT_FACTORY else files
  self.pictures=_dflt_pictures() if pictures is _HAS_DEFAULT_FACTORY else pictures
  self.report=_dflt_report() if report is _HAS_DEFAULT_FACTORY else report
  self.title=title
 return __init__


MADE['af2f425485faff5937dbed56b570be2db6adf3f4'] = __create_fn__


def __create_fn__(_type_fill, _type_pictures, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_fill, _dflt_pictures, _return_type):
 def __init__(self,fill:_type_fill=_dflt_fill,pictures:_type_pictures=_dflt_pictures)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'fill',fill)
  __dataclass_builtins_object__.__setattr__(self,'pictures',pictures)
 return __init__


MADE['0d9a8bee1ea0fa12e484650bb4c240215155b6f1'] = __create_fn__


def __create_fn__(_type_folder, _type_files, _type_diags, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_files, _dflt_diags, _return_type):
 def __init__(self,folder:_type_folder,files:_type_files=_HAS_DEFAULT_FACTORY,diags:_type_diags=_HAS_DEFAULT_FACTORY)->_return_type:
  self.folder=folder
  self.files=_dflt_files() if files is _HAS_DEFAULT_FACTORY else files
  self.diags=_dflt_diags() if diags is _HAS_DEFAULT_FACTORY else diags
 return __init__


MADE['01043aac15c5fcba2a4f2dd8cc8f8c678d8deed6'] = __create_fn__


def __create_fn__(_type_font, _type_color, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_color, _return_type):
 def __init__(self,*,font:_type_font,color:_type_color=_dflt_color)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'font',font)
  __dataclass_builtins_object__.__setattr__(self,'color',color)
 return __init__


MADE['a45fc77574698dd3bd8ecbab5987accca4a7e513'] = __create_fn__


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


MADE['f5d956bed90c86041cb18cfdde9f8a9857bb3b47'] = __create_fn__


def __create_fn__(_type_format, _type_suffix, _type_draw, _type_default, _type_folder, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_default, _dflt_folder, _return_type):
 def __init__(self,format:_type_format,suffix:_type_suffix,draw:_type_draw,default:_type_default=_dflt_default,folder:_type_folder=_dflt_folder)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'format',format)
  __dataclass_builtins_object__.__setattr__(self,'suffix',suffix)
  __dataclass_builtins_object__.__setattr__(self,'draw',draw)
  __dataclass_builtins_object__.__setattr__(self,'default',default)
  __dataclass_builtins_object__.__setattr__(self,'folder',folder)
 return __init__


MADE['477b59f76b9ef592bd295258321479b032cb17cf'] = __create_fn__


def __create_fn__(_type_frags, _type_baseline, _type_width, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,frags:_type_frags,baseline:_type_baseline,width:_type_width)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'frags',frags)
  __dataclass_builtins_object__.__setattr__(self,'baseline',baseline)
  __dataclass_builtins_object__.__setattr__(self,'width',width)
 return __init__


MADE['9ffb81d9f65a309f35d14b7e7958a07240bc8d22'] = __create_fn__


def __create_fn__(_type_frame, _type_fill, _type_margin, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,frame:_type_frame,fill:_type_fill,margin:_type_margin)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'frame',frame)
  __dataclass_builtins_object__.__setattr__(self,'fill',fill)
  __dataclass_builtins_object__.__setattr__(self,'margin',margin)
 return __init__


MADE['ede625a5159fffa4492aa31a743bf56b44be46d9'] = __create_fn__


def __create_fn__(_type_frame, _type_size, _type_shrunk, _type_paragraphs, _type_fits, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_fits, _return_type):
 def __init__(self,frame:_type_frame,size:_type_size,shrunk:_type_shrunk,paragraphs:_type_paragraphs,fits:_type_fits=_dflt_fits)->_return_type:
  self.frame=frame
  self.size=size
  self.shrunk=shrunk
  self.paragraphs=paragraphs
  self.fits=fits
 return __init__


MADE['991a51e06c690b6e2b845d32d29f3d6f69770ce8'] = __create_fn__


def __create_fn__(_type_heading, _type_body, _type_mono, _type_fallback, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_fallback, _return_type):
 def __init__(self,*,heading:_type_heading,body:_type_body,mono:_type_mono,fallback:_type_fallback=_dflt_fallback)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'heading',heading)
  __dataclass_builtins_object__.__setattr__(self,'body',body)
  __dataclass_builtins_object__.__setattr__(self,'mono',mono)
  __dataclass_builtins_object__.__setattr__(self,'fallback',fallback)
 return __init__


MADE['219988735c884ea717d085aed5699a0840b05c94'] = __create_fn__


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


MADE['1bfaa587c011ff371a6788fadd24a1e0b21fd7fe'] = __create_fn__


def __create_fn__(_type_items, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_items, _return_type):
 def __init__(self,items:_type_items=_HAS_DEFAULT_FACTORY)->_return_type:
  self.items=_dflt_items() if items is _HAS_DEFAULT_FACTORY else items
 return __init__


MADE['004b184a9b807108e8d7d8c580d61a5a2c3bb494'] = __create_fn__


def __create_fn__(_type_kind, _type_name, _type_value, _type_quoted, _type_offset, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_value, _dflt_quoted, _dflt_offset, _return_type):
 def __init__(self,kind:_type_kind,name:_type_name,value:_type_value=_dflt_value,quoted:_type_quoted=_dflt_quoted,offset:_type_offset=_dflt_offset)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'kind',kind)
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'value',value)
  __dataclass_builtins_object__.__setattr__(self,'quoted',quoted)
  __dataclass_builtins_object__.__setattr__(self,'offset',offset)
 return __init__


MADE['819b356b631f673a00bd7253b7acb0a9d2718fb3'] = __create_fn__


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


MADE['d074f8ac6ffe41ba7512d83759344dc9d463ec6d'] = __create_fn__


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


MADE['3f34be11f5d3160b35f6e3597340eeebc4748fe8'] = __create_fn__


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


MADE['211aa48a022ca58268435f16866683f561edc5bc'] = __create_fn__


def __create_fn__(_type_layout, _type_exact, _type_note, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,layout:_type_layout,exact:_type_exact,note:_type_note)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'layout',layout)
  __dataclass_builtins_object__.__setattr__(self,'exact',exact)
  __dataclass_builtins_object__.__setattr__(self,'note',note)
 return __init__


MADE['c012593b3f5214861199b91f6dbbe97a99524078'] = __create_fn__


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


MADE['9f300b07329edecb99d4cc7ab1f1ac9709af7de3'] = __create_fn__


def __create_fn__(_type_line, _type_end, _type_text, _type_reason, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,line:_type_line,end:_type_end,text:_type_text,reason:_type_reason)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'line',line)
  __dataclass_builtins_object__.__setattr__(self,'end',end)
  __dataclass_builtins_object__.__setattr__(self,'text',text)
  __dataclass_builtins_object__.__setattr__(self,'reason',reason)
 return __init__


MADE['a31a9b5a8902ee0aadb120916dfc87115223291a'] = __create_fn__


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


MADE['a269cb8e2944cfcdf20169e7345f7c6c38f69e73'] = __create_fn__


def __create_fn__(_type_line, _type_heading, _type_blocks, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_heading, _dflt_blocks, _return_type):
 def __init__(self,line:_type_line,heading:_type_heading=_dflt_heading,blocks:_type_blocks=_HAS_DEFAULT_FACTORY)->_return_type:
  self.line=line
  self.heading=heading
  self.blocks=_dflt_blocks() if blocks is _HAS_DEFAULT_FACTORY else blocks
 return __init__


MADE['e4d0a480a171c6f6f52b662c2cbe6b640f3ee69d'] = __create_fn__


def __create_fn__(_type_line, _type_heading, _type_pre, _type_slides, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_heading, _dflt_pre, _dflt_slides, _return_type):
 def __init__(self,line:_type_line,heading:_type_heading=_dflt_heading,pre:_type_pre=_HAS_DEFAULT_FACTORY,slides:_type_slides=_HAS_DEFAULT_FACTORY)->_return_type:
  self.line=line
  self.heading=heading
  self.pre=_dflt_pre() if pre is _HAS_DEFAULT_FACTORY else pre
  self.slides=_dflt_slides() if slides is _HAS_DEFAULT_FACTORY else slides
 return __init__


MADE['99fa11243ea71727ef4afcaf8755062b1657655d'] = __create_fn__


def __create_fn__(_type_media, _type_deck, _type_handout, _type_extra, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_extra, _return_type):
 def __init__(self,media:_type_media,deck:_type_deck,handout:_type_handout,extra:_type_extra=_dflt_extra)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'media',media)
  __dataclass_builtins_object__.__setattr__(self,'deck',deck)
  __dataclass_builtins_object__.__setattr__(self,'handout',handout)
  __dataclass_builtins_object__.__setattr__(self,'extra',extra)
 return __init__


MADE['c25f6d952af1846c558f20bc1af47280b8ba17fe'] = __create_fn__


def __create_fn__(_type_name, _type_description, _type_handout, _type_style, _type_pos, _type_lang, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_description, _dflt_handout, _dflt_style, _dflt_pos, _dflt_lang, _return_type):
 def __init__(self,name:_type_name,description:_type_description=_dflt_description,handout:_type_handout=_HAS_DEFAULT_FACTORY,style:_type_style=_HAS_DEFAULT_FACTORY,pos:_type_pos=_dflt_pos,lang:_type_lang=_dflt_lang)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'description',description)
  __dataclass_builtins_object__.__setattr__(self,'handout',_dflt_handout() if handout is _HAS_DEFAULT_FACTORY else handout)
  __dataclass_builtins_object__.__setattr__(self,'style',_dflt_style() if style is _HAS_DEFAULT_FACTORY else style)
  __dataclass_builtins_object__.__setattr__(self,'pos',pos)
  __dataclass_builtins_object__.__setattr__(self,'lang',lang)
 return __init__


MADE['e8fc9ebc8a7cf057133699fdb312b7a0bb3e3f33'] = __create_fn__


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


MADE['3bd4c77732346ed067317d084db323dddce8d6f8'] = __create_fn__


def __create_fn__(_type_name, _type_placeholders, _type_art, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_art, _return_type):
 def __init__(self,name:_type_name,placeholders:_type_placeholders,art:_type_art=_dflt_art)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'placeholders',placeholders)
  __dataclass_builtins_object__.__setattr__(self,'art',art)
 return __init__


MADE['4c814919f862246e3cc5036d49596e025b8d6498'] = __create_fn__


def __create_fn__(_type_name, _type_target, _type_placeholders, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_placeholders, _return_type):
 def __init__(self,name:_type_name,target:_type_target,placeholders:_type_placeholders=_HAS_DEFAULT_FACTORY)->_return_type:
  self.name=name
  self.target=target
  self.placeholders=_dflt_placeholders() if placeholders is _HAS_DEFAULT_FACTORY else placeholders
 return __init__


MADE['32f79b63d186a79d2d18780f8411c96f09e84a08'] = __create_fn__


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


MADE['ba915ed6d7bc63aa5e0349a463f409e3782f8618'] = __create_fn__


def __create_fn__(_type_name, _type_values, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,name:_type_name,values:_type_values)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'values',values)
 return __init__


MADE['aa976ae1472a57bda5a4386fad40cad33f3b429f'] = __create_fn__


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


MADE['2fc3279815d62621f7c589b6ef920e5cabcc43c0'] = __create_fn__


def __create_fn__(_type_number, _type_width, _type_height, _type_boxes, _type_bookmarks, _type_key, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_bookmarks, _dflt_key, _return_type):
 def __init__(self,number:_type_number,width:_type_width,height:_type_height,boxes:_type_boxes,bookmarks:_type_bookmarks=_HAS_DEFAULT_FACTORY,key:_type_key=_dflt_key)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'number',number)
  __dataclass_builtins_object__.__setattr__(self,'width',width)
  __dataclass_builtins_object__.__setattr__(self,'height',height)
  __dataclass_builtins_object__.__setattr__(self,'boxes',boxes)
  __dataclass_builtins_object__.__setattr__(self,'bookmarks',_dflt_bookmarks() if bookmarks is _HAS_DEFAULT_FACTORY else bookmarks)
  __dataclass_builtins_object__.__setattr__(self,'key',key)
 return __init__


MADE['eeb25b9cefb7eb84cb53059ef2cb3b3b8d87c209'] = __create_fn__


def __create_fn__(_type_only, _type_skip, _type_media, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_only, _dflt_skip, _dflt_media, _return_type):
 def __init__(self,only:_type_only=_dflt_only,skip:_type_skip=_dflt_skip,media:_type_media=_dflt_media)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'only',only)
  __dataclass_builtins_object__.__setattr__(self,'skip',skip)
  __dataclass_builtins_object__.__setattr__(self,'media',media)
 return __init__


MADE['4dceaad846c6ee3399f2b020d7fa0c6bdd09a8cf'] = __create_fn__


def __create_fn__(_type_page, _type_layout, _type_margins, _type_notes, _type_details, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,*,page:_type_page,layout:_type_layout,margins:_type_margins,notes:_type_notes,details:_type_details)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'page',page)
  __dataclass_builtins_object__.__setattr__(self,'layout',layout)
  __dataclass_builtins_object__.__setattr__(self,'margins',margins)
  __dataclass_builtins_object__.__setattr__(self,'notes',notes)
  __dataclass_builtins_object__.__setattr__(self,'details',details)
 return __init__


MADE['0eb8389126e6657bc48f1e6045fce6739400852d'] = __create_fn__


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


MADE['dc0c20c613545272acafeaeeeaa3565fceebe8c1'] = __create_fn__


def __create_fn__(_type_para, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,para:_type_para)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'para',para)
 return __init__


MADE['f8feb4d3d3ee5e1d8352d10d4b549fceecc65412'] = __create_fn__


def __create_fn__(_type_part, _type_box, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_box, _return_type):
 def __init__(self,part:_type_part,box:_type_box=_dflt_box)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'part',part)
  __dataclass_builtins_object__.__setattr__(self,'box',box)
 return __init__


MADE['e28a169724858825541fef2f9d7ef8834e9537bb'] = __create_fn__


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


MADE['1f40c65323915f0fe9a0c6cd4d40020571ec1496'] = __create_fn__


def __create_fn__(_type_path, _type_display, _type_root, _type_text, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,path:_type_path,display:_type_display,root:_type_root,text:_type_text)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'path',path)
  __dataclass_builtins_object__.__setattr__(self,'display',display)
  __dataclass_builtins_object__.__setattr__(self,'root',root)
  __dataclass_builtins_object__.__setattr__(self,'text',text)
 return __init__


MADE['b6d8bc5964c46c6dc59e88aa1c1592cd4efbcece'] = __create_fn__


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


MADE['dad40b83bc9357ce577d8ca592a46fb75cdab9ee'] = __create_fn__


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


MADE['a7dbe5895f354721e6b18c44cb0197b9a252e371'] = __create_fn__


def __create_fn__(_type_path, _type_id, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_id, _return_type):
 def __init__(self,path:_type_path,id:_type_id=_dflt_id)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'path',path)
  __dataclass_builtins_object__.__setattr__(self,'id',id)
 return __init__


MADE['00bc5d4fc013e785332ff8015efa82fe597794ff'] = __create_fn__


def __create_fn__(_type_path, _type_line, _type_col, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_line, _dflt_col, _return_type):
 def __init__(self,path:_type_path,line:_type_line=_dflt_line,col:_type_col=_dflt_col)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'path',path)
  __dataclass_builtins_object__.__setattr__(self,'line',line)
  __dataclass_builtins_object__.__setattr__(self,'col',col)
 return __init__


MADE['64b19c5081e28a9b1105d13590a1c07e0f704dbf'] = __create_fn__


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


MADE['e76852ad67ebf1e2ae0632686401bcd4f0e3408b'] = __create_fn__


def __create_fn__(_type_points, _type_color, _type_width, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_width, _return_type):
 def __init__(self,points:_type_points,color:_type_color,width:_type_width=_dflt_width)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'points',points)
  __dataclass_builtins_object__.__setattr__(self,'color',color)
  __dataclass_builtins_object__.__setattr__(self,'width',width)
 return __init__


MADE['fd116e14020d915ae72e339e30dc50521834f6be'] = __create_fn__


def __create_fn__(_type_pos, _type_severity, _type_message, _type_hint, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_hint, _return_type):
 def __init__(self,pos:_type_pos,severity:_type_severity,message:_type_message,hint:_type_hint=_dflt_hint)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'pos',pos)
  __dataclass_builtins_object__.__setattr__(self,'severity',severity)
  __dataclass_builtins_object__.__setattr__(self,'message',message)
  __dataclass_builtins_object__.__setattr__(self,'hint',hint)
 return __init__


MADE['e32e41c52a67fa953a7ef41ef753abba477bce6a'] = __create_fn__


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


MADE['e15194c302e09416eccdb90baf4262344ea52163'] = __create_fn__


def __create_fn__(_type_root, _type_allow, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_allow, _return_type):
 def __init__(self,root:_type_root,allow:_type_allow=_dflt_allow)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'root',root)
  __dataclass_builtins_object__.__setattr__(self,'allow',allow)
 return __init__


MADE['32e209930c9f0e687b26f20fff3126f26da57898'] = __create_fn__


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


MADE['ddd01e842aec0a351050b2794e7fcd2d37d357da'] = __create_fn__


def __create_fn__(_type_runs, _type_lines, _type_level, _type_size, _type_line_height, _type_space_before, _type_margin_left, _type_indent, _type_align, _type_marker, _type_top, _type_lang, _type_rtl, _type_tag, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_align, _dflt_marker, _dflt_top, _dflt_lang, _dflt_rtl, _dflt_tag, _return_type):
 def __init__(self,runs:_type_runs,lines:_type_lines,level:_type_level,size:_type_size,line_height:_type_line_height,space_before:_type_space_before,margin_left:_type_margin_left,indent:_type_indent,align:_type_align=_dflt_align,marker:_type_marker=_dflt_marker,top:_type_top=_dflt_top,lang:_type_lang=_dflt_lang,rtl:_type_rtl=_dflt_rtl,tag:_type_tag=_dflt_tag)->_return_type:
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
  __dataclass_builtins_object__.__setattr__(self,'tag',tag)
 return __init__


MADE['85eea5dba1b0ab84c11722f2d67d0a5558a310e8'] = __create_fn__


def __create_fn__(_type_shape, _type_size, _type_width, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,shape:_type_shape,size:_type_size,width:_type_width)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'shape',shape)
  __dataclass_builtins_object__.__setattr__(self,'size',size)
  __dataclass_builtins_object__.__setattr__(self,'width',width)
 return __init__


MADE['db276e4fe0a2e64f7b19550e01e42a61950d9ff1'] = __create_fn__


def __create_fn__(_type_size, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,*,size:_type_size)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'size',size)
 return __init__


MADE['07c2a47282eec0d5ee596fe886a561a88f693cbe'] = __create_fn__


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


MADE['0689c8a92200c18d26b286ab39bce9f55af1be9f'] = __create_fn__


def __create_fn__(_type_slide, _type_notes, _type_charts, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,slide:_type_slide,notes:_type_notes,charts:_type_charts)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'slide',slide)
  __dataclass_builtins_object__.__setattr__(self,'notes',notes)
  __dataclass_builtins_object__.__setattr__(self,'charts',charts)
 return __init__


MADE['d981bcacb45bc1c62768ce4f5da09abfadc88302'] = __create_fn__


def __create_fn__(_type_slides, _type_diagnostics, _type_pptx, _type_memo, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_pptx, _dflt_memo, _return_type):
 def __init__(self,slides:_type_slides,diagnostics:_type_diagnostics,pptx:_type_pptx=_dflt_pptx,memo:_type_memo=_dflt_memo)->_return_type:
  self.slides=slides
  self.diagnostics=diagnostics
  self.pptx=pptx
  self.memo=memo
 return __init__


MADE['f0ccc3b767215dfe3fb4ba99208e1481de43668c'] = __create_fn__


def __create_fn__(_type_slides, _type_info, _type_report, _type__handout, _type__handout_pages, _type_when_laid_out, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_report, _dflt__handout, _dflt__handout_pages, _dflt_when_laid_out, _return_type):
 def __init__(self,slides:_type_slides,info:_type_info,report:_type_report=_dflt_report,_handout:_type__handout=_dflt__handout,_handout_pages:_type__handout_pages=_dflt__handout_pages,when_laid_out:_type_when_laid_out=_HAS_DEFAULT_FACTORY)->_return_type:
  self.slides=slides
  self.info=info
  self.report=report
  self._handout=_handout
  self._handout_pages=_handout_pages
  self.when_laid_out=_dflt_when_laid_out() if when_laid_out is _HAS_DEFAULT_FACTORY else when_laid_out
 return __init__


MADE['f0678372d7e4eb722c73c6150fe88f01d57b5861'] = __create_fn__


def __create_fn__(_type_sources, _type_audiences, _type_files, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_sources, _dflt_audiences, _dflt_files, _return_type):
 def __init__(self,sources:_type_sources=_HAS_DEFAULT_FACTORY,audiences:_type_audiences=_HAS_DEFAULT_FACTORY,files:_type_files=_HAS_DEFAULT_FACTORY)->_return_type:
  self.sources=_dflt_sources() if sources is _HAS_DEFAULT_FACTORY else sources
  self.audiences=_dflt_audiences() if audiences is _HAS_DEFAULT_FACTORY else audiences
  self.files=_dflt_files() if files is _HAS_DEFAULT_FACTORY else files
 return __init__


MADE['6e40642d46c6c46d8f50ca87991b7b0d4078ce18'] = __create_fn__


def __create_fn__(_type_spec, _type_required, _type_doc, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_required, _dflt_doc, _return_type):
 def __init__(self,spec:_type_spec,required:_type_required=_dflt_required,doc:_type_doc=_dflt_doc)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'spec',spec)
  __dataclass_builtins_object__.__setattr__(self,'required',required)
  __dataclass_builtins_object__.__setattr__(self,'doc',doc)
 return __init__


MADE['ed313f8fcd086cc4f4cb5e03c912c2b8cdaa2fdb'] = __create_fn__


def __create_fn__(_type_src, _type_alt, _type_line, _type_word, _type_caption, _type_figure, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_caption, _dflt_figure, _return_type):
 def __init__(self,src:_type_src,alt:_type_alt,line:_type_line,word:_type_word,caption:_type_caption=_dflt_caption,figure:_type_figure=_dflt_figure)->_return_type:
  self.src=src
  self.alt=alt
  self.line=line
  self.word=word
  self.caption=caption
  self.figure=figure
 return __init__


MADE['74b98ea6f8b6559cd28be2beef44d0f2686fa14a'] = __create_fn__


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


MADE['3fb81d93b5615509bfbca49044e2f3d6b06a1333'] = __create_fn__


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


MADE['f0197545d969d4cb948de704ad44662a3355dbfa'] = __create_fn__


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


MADE['cc8a8e898753c4ff5f5242a87a5ad0afd78e14ef'] = __create_fn__


def __create_fn__(_type_template, _type_layouts, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_template, _dflt_layouts, _return_type):
 def __init__(self,*,template:_type_template=_dflt_template,layouts:_type_layouts=_HAS_DEFAULT_FACTORY)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'template',template)
  __dataclass_builtins_object__.__setattr__(self,'layouts',_dflt_layouts() if layouts is _HAS_DEFAULT_FACTORY else layouts)
 return __init__


MADE['4851753993887df1cbb082358690a542e6947cc4'] = __create_fn__


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


MADE['6f9010abd724ec0668ef3816f44ae9f6625c2cae'] = __create_fn__


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


MADE['bde254f8340a7334a80dca9ba2e1db97b5a026bd'] = __create_fn__


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


MADE['56d2d3bccc2d233d04d45ea65f2130256732bf7b'] = __create_fn__


def __create_fn__(_type_text, _type_bullets, _type_sources, _type_vis, _type_pos, _type_lang, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_bullets, _dflt_sources, _dflt_vis, _dflt_pos, _dflt_lang, _return_type):
 def __init__(self,text:_type_text,bullets:_type_bullets=_dflt_bullets,sources:_type_sources=_dflt_sources,vis:_type_vis=_dflt_vis,pos:_type_pos=_dflt_pos,lang:_type_lang=_dflt_lang)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'text',text)
  __dataclass_builtins_object__.__setattr__(self,'bullets',bullets)
  __dataclass_builtins_object__.__setattr__(self,'sources',sources)
  __dataclass_builtins_object__.__setattr__(self,'vis',vis)
  __dataclass_builtins_object__.__setattr__(self,'pos',pos)
  __dataclass_builtins_object__.__setattr__(self,'lang',lang)
 return __init__


MADE['a4042d0ba4bbb54ab350881e3b310dcff871400d'] = __create_fn__


def __create_fn__(_type_text, _type_by, _type_pos, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_by, _dflt_pos, _return_type):
 def __init__(self,text:_type_text,by:_type_by=_dflt_by,pos:_type_pos=_dflt_pos)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'text',text)
  __dataclass_builtins_object__.__setattr__(self,'by',by)
  __dataclass_builtins_object__.__setattr__(self,'pos',pos)
 return __init__


MADE['e94a53f2c5f8756328dc8fd48c35c657be605bc2'] = __create_fn__


def __create_fn__(_type_text, _type_color, _type_bold, _type_italic, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_bold, _dflt_italic, _return_type):
 def __init__(self,text:_type_text,color:_type_color,bold:_type_bold=_dflt_bold,italic:_type_italic=_dflt_italic)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'text',text)
  __dataclass_builtins_object__.__setattr__(self,'color',color)
  __dataclass_builtins_object__.__setattr__(self,'bold',bold)
  __dataclass_builtins_object__.__setattr__(self,'italic',italic)
 return __init__


MADE['26a17bfb0f8819c26f3d0b9315660cb7440b69fb'] = __create_fn__


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


MADE['8608548c25e1c6710f7b3ba1fc9aae3e3066c0d1'] = __create_fn__


def __create_fn__(_type_text, _type_lang, _type_line_numbers, _type_highlight, _type_pos, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_lang, _dflt_line_numbers, _dflt_highlight, _dflt_pos, _return_type):
 def __init__(self,text:_type_text,lang:_type_lang=_dflt_lang,line_numbers:_type_line_numbers=_dflt_line_numbers,highlight:_type_highlight=_dflt_highlight,pos:_type_pos=_dflt_pos)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'text',text)
  __dataclass_builtins_object__.__setattr__(self,'lang',lang)
  __dataclass_builtins_object__.__setattr__(self,'line_numbers',line_numbers)
  __dataclass_builtins_object__.__setattr__(self,'highlight',highlight)
  __dataclass_builtins_object__.__setattr__(self,'pos',pos)
 return __init__


MADE['f3c8829311e85c2adc6763be2e7779aa9ecb76be'] = __create_fn__


def __create_fn__(_type_text, _type_line, _type_end, _type_children, _type_whole, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_children, _dflt_whole, _return_type):
 def __init__(self,text:_type_text,line:_type_line,end:_type_end,children:_type_children=_HAS_DEFAULT_FACTORY,whole:_type_whole=_dflt_whole)->_return_type:
  self.text=text
  self.line=line
  self.end=end
  self.children=_dflt_children() if children is _HAS_DEFAULT_FACTORY else children
  self.whole=whole
 return __init__


MADE['c11f2efb5ac0caa5c0c95ead7b341bb420bc37e7'] = __create_fn__


def __create_fn__(_type_text, _type_run, _type_x, _type_width, _type_rtl, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_rtl, _return_type):
 def __init__(self,text:_type_text,run:_type_run,x:_type_x,width:_type_width,rtl:_type_rtl=_dflt_rtl)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'text',text)
  __dataclass_builtins_object__.__setattr__(self,'run',run)
  __dataclass_builtins_object__.__setattr__(self,'x',x)
  __dataclass_builtins_object__.__setattr__(self,'width',width)
  __dataclass_builtins_object__.__setattr__(self,'rtl',rtl)
 return __init__


MADE['fb63dbc53859106d344cb34f6861422ef9698785'] = __create_fn__


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


MADE['c858079c0f0df23106ec95316c85a99580a41ea2'] = __create_fn__


def __create_fn__(_type_title, _type_blocks, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_blocks, _return_type):
 def __init__(self,title:_type_title,blocks:_type_blocks=_HAS_DEFAULT_FACTORY)->_return_type:
  self.title=title
  self.blocks=_dflt_blocks() if blocks is _HAS_DEFAULT_FACTORY else blocks
 return __init__


MADE['c40f93901a02fe35af80ec4fa90430713add9397'] = __create_fn__


def __create_fn__(_type_title, _type_bullets, _type_pos, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_pos, _return_type):
 def __init__(self,title:_type_title,bullets:_type_bullets,pos:_type_pos=_dflt_pos)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'title',title)
  __dataclass_builtins_object__.__setattr__(self,'bullets',bullets)
  __dataclass_builtins_object__.__setattr__(self,'pos',pos)
 return __init__


MADE['cc67520a081b27ddd2abe02c12666d91799908fb'] = __create_fn__


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


MADE['10e92a49e113edee282d394d635a0ed95eceb03a'] = __create_fn__


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


MADE['362ed3a8ae52b98c1a475d3a90b5ad6f197b59ac'] = __create_fn__


def __create_fn__(_type_title, _type_points, _type_todos, _type_special, _type_notes, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_todos, _dflt_special, _dflt_notes, _return_type):
 def __init__(self,title:_type_title,points:_type_points,todos:_type_todos=_HAS_DEFAULT_FACTORY,special:_type_special=_dflt_special,notes:_type_notes=_HAS_DEFAULT_FACTORY)->_return_type:
  self.title=title
  self.points=points
  self.todos=_dflt_todos() if todos is _HAS_DEFAULT_FACTORY else todos
  self.special=special
  self.notes=_dflt_notes() if notes is _HAS_DEFAULT_FACTORY else notes
 return __init__


MADE['11ab90a26397e77515184f6aa51739d43d039ed6'] = __create_fn__


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


MADE['bee2544103c6d7ff42266e14fa59757cbac71817'] = __create_fn__


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


MADE['225ee0c4e48894b3192e94f3a0dc253d60a1ad91'] = __create_fn__


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


MADE['12abd6d8d9ac942290a3a850328367c187efacb1'] = __create_fn__


def __create_fn__(_type_title, _type_subtitle, _type_byline, _type_audience, _type_sources, _type_cites, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_sources, _dflt_cites, _return_type):
 def __init__(self,title:_type_title,subtitle:_type_subtitle,byline:_type_byline,audience:_type_audience,sources:_type_sources=_HAS_DEFAULT_FACTORY,cites:_type_cites=_HAS_DEFAULT_FACTORY)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'title',title)
  __dataclass_builtins_object__.__setattr__(self,'subtitle',subtitle)
  __dataclass_builtins_object__.__setattr__(self,'byline',byline)
  __dataclass_builtins_object__.__setattr__(self,'audience',audience)
  __dataclass_builtins_object__.__setattr__(self,'sources',_dflt_sources() if sources is _HAS_DEFAULT_FACTORY else sources)
  __dataclass_builtins_object__.__setattr__(self,'cites',_dflt_cites() if cites is _HAS_DEFAULT_FACTORY else cites)
 return __init__


MADE['bc3c4bcfd5fc162462237ee0a7eea4454cef0af3'] = __create_fn__


def __create_fn__(_type_type, _type_categories, _type_series, _type_pos, _type_alt, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_pos, _dflt_alt, _return_type):
 def __init__(self,type:_type_type,categories:_type_categories,series:_type_series,pos:_type_pos=_dflt_pos,alt:_type_alt=_dflt_alt)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'type',type)
  __dataclass_builtins_object__.__setattr__(self,'categories',categories)
  __dataclass_builtins_object__.__setattr__(self,'series',series)
  __dataclass_builtins_object__.__setattr__(self,'pos',pos)
  __dataclass_builtins_object__.__setattr__(self,'alt',alt)
 return __init__


MADE['52dcdd43546ebcf52438eb0ba1bc154ad2ee5589'] = __create_fn__


def __create_fn__(_type_type, _type_idx, _type_box, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,type:_type_type,idx:_type_idx,box:_type_box)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'type',type)
  __dataclass_builtins_object__.__setattr__(self,'idx',idx)
  __dataclass_builtins_object__.__setattr__(self,'box',box)
 return __init__


MADE['1fb6d75840d482d9162f9d936a8913c0ca290970'] = __create_fn__


def __create_fn__(_type_width, _type_height, _type_alt, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,width:_type_width,height:_type_height,alt:_type_alt)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'width',width)
  __dataclass_builtins_object__.__setattr__(self,'height',height)
  __dataclass_builtins_object__.__setattr__(self,'alt',alt)
 return __init__


MADE['98f9e0a8aaf5854599007bbdb1662cecb7c5ddf3'] = __create_fn__


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


MADE['bf7f8e15b5051e5dfe1ec79675d503093b518eba'] = __create_fn__


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


MADE['396e8edd3f6c89f3b631418c07d0cef79c85be5e'] = __create_fn__


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


MADE['f596927d9509d21410b01a603d6139f95c40f621'] = __create_fn__


def __create_fn__(_type_written, _type_error, _type_failed, _type_kept, _type_not_restored, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_written, _dflt_error, _dflt_failed, _dflt_kept, _dflt_not_restored, _return_type):
 def __init__(self,written:_type_written=_HAS_DEFAULT_FACTORY,error:_type_error=_dflt_error,failed:_type_failed=_dflt_failed,kept:_type_kept=_HAS_DEFAULT_FACTORY,not_restored:_type_not_restored=_HAS_DEFAULT_FACTORY)->_return_type:
  self.written=_dflt_written() if written is _HAS_DEFAULT_FACTORY else written
  self.error=error
  self.failed=failed
  self.kept=_dflt_kept() if kept is _HAS_DEFAULT_FACTORY else kept
  self.not_restored=_dflt_not_restored() if not_restored is _HAS_DEFAULT_FACTORY else not_restored
 return __init__


MADE['0637bc854df56298605a7b33e26c7d4602b8f0b9'] = __create_fn__


def __create_fn__(_type_x, _type_y, _type_w, _type_h, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,x:_type_x,y:_type_y,w:_type_w,h:_type_h)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'x',x)
  __dataclass_builtins_object__.__setattr__(self,'y',y)
  __dataclass_builtins_object__.__setattr__(self,'w',w)
  __dataclass_builtins_object__.__setattr__(self,'h',h)
 return __init__


MADE['5132d9269a4639ace99d17df60bc06fe3ce2e538'] = __create_fn__


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


MADE['29e46badaace5bdce351b063984beb731353876e'] = __create_fn__


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


MADE['c6b9f6fc2b5e33c891990fd9d2eb04b8e72b3cfd'] = __create_fn__


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


MADE['d842e2f7ac809865e84a44aed786a7d01b3879bb'] = __create_fn__


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


MADE['c8b8f19fe78aaf01031568e3da9281c3ff147014'] = __create_fn__


def __create_fn__(_type_x, _type_y, _type_w, _type_h, _type_slide, _type_border, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_border, _return_type):
 def __init__(self,x:_type_x,y:_type_y,w:_type_w,h:_type_h,slide:_type_slide,border:_type_border=_dflt_border)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'x',x)
  __dataclass_builtins_object__.__setattr__(self,'y',y)
  __dataclass_builtins_object__.__setattr__(self,'w',w)
  __dataclass_builtins_object__.__setattr__(self,'h',h)
  __dataclass_builtins_object__.__setattr__(self,'slide',slide)
  __dataclass_builtins_object__.__setattr__(self,'border',border)
 return __init__


MADE['243287babcc9714fb0ba8e4ba480ac787ba289ca'] = __create_fn__


def __create_fn__(_type_x, _type_y, _type_w, _type_h, _type_source, _type_part, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,x:_type_x,y:_type_y,w:_type_w,h:_type_h,source:_type_source,part:_type_part)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'x',x)
  __dataclass_builtins_object__.__setattr__(self,'y',y)
  __dataclass_builtins_object__.__setattr__(self,'w',w)
  __dataclass_builtins_object__.__setattr__(self,'h',h)
  __dataclass_builtins_object__.__setattr__(self,'source',source)
  __dataclass_builtins_object__.__setattr__(self,'part',part)
 return __init__


MADE['ab766438250ab5f4fa868ea04cd45606fd25e498'] = __create_fn__


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


MADE['3c29a127cf26f0309c66d8e566dd301d7d3965df'] = __create_fn__


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


MADE['70b71efa33e7be31abd3abf9d6fd15e786d04e73'] = __create_fn__


def __create_fn__(_type_x1, _type_y1, _type_x2, _type_y2, _type_color, _type_width, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_width, _return_type):
 def __init__(self,x1:_type_x1,y1:_type_y1,x2:_type_x2,y2:_type_y2,color:_type_color,width:_type_width=_dflt_width)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'x1',x1)
  __dataclass_builtins_object__.__setattr__(self,'y1',y1)
  __dataclass_builtins_object__.__setattr__(self,'x2',x2)
  __dataclass_builtins_object__.__setattr__(self,'y2',y2)
  __dataclass_builtins_object__.__setattr__(self,'color',color)
  __dataclass_builtins_object__.__setattr__(self,'width',width)
 return __init__


MADE['7a3a7d38835c5b8da490e1cb86802dacf4eca72b'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('balance',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


MADE['aa4c702f6f9ea0e86270f7f8283d24f4b7a72ded'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('char','face','size','color','x',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


MADE['27393ff9cffe07c3c27cc657ff61baa2cef8426c'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('color','image','pos',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


MADE['e8718a322eaaac88acfb15f7086fd9f114f43884'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('columns','rows','pos',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


MADE['7dd955e39c61e105e20bfc5289a5e2fb3e9e1250'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('cover_title','section_title','quote','attribution','min_attribution','statement','table','timeline','math','grow',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


MADE['b36467e97312a15203b66823f642be7d277ac106'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('cx','cy','r','start','extent','fill','line','line_width',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


MADE['6ad449d3469ada3fc6aa031cf92805dc28b4b5ac'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('date','text','pos',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


MADE['de9295d515b84d0d2404658f52aa5d032b45dd04'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('deck','style','fonts','models',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


MADE['b655e380fad780386d1109e4d5914f5775068cf3'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('divider',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


MADE['3793c5f097fe4301d5c98879072dcb4da0791c4b'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('dpi','reuse','kept',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


MADE['5d06734fb8912ebfc97895cfb14788fcf8588a2e'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('family','size','color','bold','italic','line_spacing','align','link_color',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


MADE['5dfbfb0b39d02c740450a9b977a0cdb67289f2c1'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('fill','pictures',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


MADE['e9be69393f4e01ad27d3ad7316a92a5ad7f23dc3'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('font','color',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


MADE['57025f6df5e89b8f24887726568d32a2a7ffaab0'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('format','suffix','draw','default','folder',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


MADE['5a8707bfec2f00c629c1c3303e08d5fa60337fc9'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('frags','baseline','width',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


MADE['66bb3eaad9459d133330fdf2cda6792845f260ae'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('frame','fill','margin',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


MADE['895b3d1cfa1e4822a5e9bababf1acd0603ec4207'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('heading','body','mono','fallback',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


MADE['193cbc53cf9d5c3377abe1e25a87e93db99162ac'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('id','title','publisher','author','url','date','note','pos',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


MADE['b4fd98ba6e426098426b6748a075ef2f7669461b'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('kind','name','value','quoted','offset',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


MADE['9491ceb07b19e94da7b8a89d7c7fd6290fda4db2'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('latex','fontset','advance','ascent','descent','ink','paths',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


MADE['c99fa84639180bff7ffd87b94752daf04614b7b3'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('layout','exact','note',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


MADE['81efea9449596d6155f0d5c35fbc287690b8af5a'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('level_scale','hang','step','marker','gaps','spacing','rounded',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


MADE['735c1de11c9ce86e1cfa30b9c83e5748ea929b46'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('line','end','text','reason',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


MADE['47078e953701e9f4d07b47f9e816e664607d41a2'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('media','deck','handout','extra',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


MADE['90a5c2bb840efb806332d8646b9e647e5b0482b7'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('name','description','handout','style','pos','lang',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


MADE['3e3fc033f579790576123fa489c3f6d4239890bc'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('name','extends','slide','fonts','colors','sizes','scale','footer','logo','background','handout','code','body','sections','math','pptx','positions','files','template_info',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


MADE['df556c84478dbad1bf1da372bef8e7b9837c94e9'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('name','placeholders','art',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


MADE['44cafcdf8d92fcd5ccc6c6776a69a0bc16013be0'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('name','title','path','subtitle','author','date','style','style_pos','sources','audiences','sections','audience','pos','files','reveal','lang',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


MADE['43a533ba42dedabafcc774f08067346c524ee5a4'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('name','values',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


MADE['2bff97126f33e89e10aa9c2a90f14e3852c9f285'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('number','kind','title','width','height','background','boxes','own_background','notes','details','section','pos','continued','sources','media','extra','printed','template_layout','reveal','underlay','lang',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


MADE['a915812f1eb7a553b72852ba3217faa95753055a'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('number','width','height','boxes','bookmarks','key',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


MADE['c04ae1de2e4d4f08aa9caf7c7650c1843d45d42a'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('only','skip','media',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


MADE['322f5b90794d538b55685f9ac0e3b36436900709'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('page','layout','margins','notes','details',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


MADE['ff050b85374b0cde1ab0570bfdd47263225e7d6b'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('para',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


MADE['b29668604c6d9ab799004f55012b5d0a691beda5'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('part','box',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


MADE['a82a4e94e8728cf70f78b4c3269e34506674946a'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('path','alt','caption','width','height','pos','decorative','box_w','box_h','fit','focus',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


MADE['8e0503c9111a06fa132d082fa0bb1a216bfa2620'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('path','display','root','text',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


MADE['e11c2cbb924452d9d3ed39b646a125d020938cc5'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('path','id',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


MADE['dcfec90da6a921af67d8ab0a064e2bbf71c197c9'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('path','line','col',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


MADE['6361baa6f8ce390704549b1bc0341ba40713676d'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('path','width','height','layouts','colors','major_font','minor_font','slides',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


MADE['9f28f43db37fbe659d8edc50263d94877fe29e3c'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('points','color','width',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


MADE['7e46f7ca276c6f93562eb819c811dda8d2c63644'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('pos','severity','message','hint',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


MADE['f93822d3e8d03701f61b96c73d1a1bbbee19469f'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('primary','accent','text','background','muted','surface','on_primary',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


MADE['448b43edc7e94d2da883580b0dd691b3af7866b5'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('root','allow',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


MADE['b54f28e98749ee213cde34e40f4abfa4d8000358'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('runs','lines','level','size','line_height','space_before','margin_left','indent','align','marker','top','lang','rtl','tag',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


MADE['09a5433f1359e442fb2d4e71faf14106255faf29'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('shape','size','width',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


MADE['01196e81c342f449c192801f02347d4fb7a6a593'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('size',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


MADE['f0edba21e636a657dd1242da1046668ade988a93'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('slide','notes','charts',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


MADE['f19b5ae1ba5f321623fe7399453f3f723ee41b71'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('spec','required','doc',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


MADE['2c0104fa6f0f1f98c8f2032360f46aedb0614e1f'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('target','audience','style','style_base','style_pos','formats','deck_name','key','state','inputs','allow','dpi','a11y','owner',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


MADE['318c45a7c7ad9a7a65a60739bada5703bdf3f6c1'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('template','layouts',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


MADE['754af45ec9b1e4d271351b4a634ce62efa59a124'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('template_layout','title','content','bodies','subtitle','footer','decorate',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


MADE['c6b67734ed198fd4c82e6d6fa9d6d89053c1a388'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('text','bold','italic','code','link','field','color','scale','math',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


MADE['30f571a43eb1d48810295c10f38e924f00f206ff'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('text','bullets','sources','vis','pos','lang',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


MADE['a8ccabcf6f651c5dc3a69369dd6a46d83785b58f'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('text','by','pos',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


MADE['15c23559dbeb23b411aca89dca3bd96126173b52'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('text','color','bold','italic',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


MADE['4637aeb27ce7073aa2148ee00df5c8f368a86615'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('text','face','size','color','bold','italic','code','link','field','east_asian','underline','family','math',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


MADE['da75cf841574379a1786c03e274206070c5fe1c8'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('text','lang','line_numbers','highlight','pos',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


MADE['3740da716dbf74d289e91ccb8e12af85ebd29917'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('text','run','x','width','rtl',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


MADE['96bfd447fb846ae2b065fd40e6421b77f71cb496'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('theme','colors','text','background','line_numbers','highlight','size','min_size',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


MADE['419a7c9db7480071317fdf4a73c5963a0728717c'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('title','bullets','pos',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


MADE['9d539d40ba7b0a70f417d78c7194c97af2209f64'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('title','kind','bullets','columns','quote','image','table','chart','timeline','statement','code','math','images','background','notes','details','sources','vis','variants','pos','reveal','lang','shown',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


MADE['9a63b4ed13833d78944a1fc4794f42afe4e504cf'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('title','slides','summary','notes','sources','vis','pos','digest','media',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


MADE['5a5196487e87aa2471f1e9a1fb2b8048107afa66'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('title','subtitle','author','date','lang','width','height','template','template_size','heading_font','body_font','colors','master_background',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


MADE['53a0c1944d503da11a83d1f56884edb7175b57c5'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('title','subtitle','body','min_body','min_title','notes','footer','sources',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


MADE['25cc124f197b67b981b82a01aa04006e185397be'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('title','subtitle','byline','audience','sources','cites',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


MADE['9424d8199bbf6e8441606900b7097f4b8ffa2293'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('type','categories','series','pos','alt',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


MADE['df7f640d280613503e94da08d3e8358138331d2e'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('type','idx','box',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


MADE['8ec3713227dfdf6e672bd6d7ba69e3b528996fd6'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('width','height','alt',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


MADE['a23211d498e424d9500cb5b9b9cdde64ec3f3eea'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('width','height','margin','title_top','title_h','rule_y','body_top','body_bottom','footer_y','footer_h',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


MADE['69f9c8e8d80e112e5e12f25490db20c0f4212dc0'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('x','y','w','h','fill','line','line_width','name','geom',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


MADE['44b70df65ddf3be9acbd8d89283a0f05adfe461b'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('x','y','w','h','ox','oy','shape','size','color','owner',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


MADE['12eca3d6a612a24987842f60615c9aa7430473db'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('x','y','w','h','paragraphs','role','anchor','placeholder','content_height','rotation',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


MADE['4e30f654d6824ffdf0d57d9556cde21eb7263893'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('x','y','w','h','path','alt','name','decorative','crop',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


MADE['835b5e66cf762c6d15e028b913657b006a41c4f4'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('x','y','w','h','slide','border',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


MADE['6fc669128d6f889d96cd21677a870e9474d7977c'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('x','y','w','h','source','part',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


MADE['03027f1b2587ff6524c22812cb5ecef8ed8a6210'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('x','y','w','h','type','categories','series','colors','font','font_size','text_color','drawing','alt','grid_color','axis_color','grid_width','axis_width','line_width','marker_size','bar_gap','bar_overlap','tick_marks','slice_line','slice_line_width','axis','tick_format','label_format','data_labels','label_positions','label_colors','label_bold','label_shows','legend','legend_box','plot','category_skip','category_rotation','bottom_up',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


MADE['5deea7ca07f4241d2db83f9aaa7c53622b5f22f0'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('x','y','w','h','widths','heights','cells','header','line','line_width',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


MADE['29434ae986b0c5901efa128ecd769590fcdff0d3'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('x','y','w','h',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


MADE['f6243e325a0b7a700f96995a0232b894c76fc09e'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('x1','y1','x2','y2','color','width',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


MADE['a822b008706c7678b3fe1d5eca3ca327c8bc5715'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('balance',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


MADE['ef77d7b70fd81c17aa793ae1b3f32af7aa6f8907'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('char','face','size','color','x',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


MADE['58bc9a2a842d244e25a2c8c3b56b2d2a7d746b28'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('color','image','pos',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


MADE['7fc68013e1bde52eb4e42c08f396fdf8848ebf9d'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('columns','rows','pos',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


MADE['f1754ff96f1e6c77b4015aee6d5c751fb17375b2'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('cover_title','section_title','quote','attribution','min_attribution','statement','table','timeline','math','grow',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


MADE['dc528712791b6dd21f94bdfa67f567f0f041af03'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('cx','cy','r','start','extent','fill','line','line_width',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


MADE['9066255d4e090aee665fd7b24eee0b7dfdf02f65'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('date','text','pos',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


MADE['f209b49ea0d463dfde275f23dd046426255c7d8b'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('deck','style','fonts','models',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


MADE['523411fdbb99d754220485a8f22bc342368af098'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('divider',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


MADE['7551bb6cc884bd9ee595b52fe7842640a3f6f281'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('dpi','reuse','kept',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


MADE['70d480e1b2479ac824e5e6963c9f97a6e20b9ab7'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('family','size','color','bold','italic','line_spacing','align','link_color',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


MADE['a628278eb06188fd5f9277215e240531929c60c0'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('fill','pictures',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


MADE['c433fff4d8b7ebfd873a8302282969be6e6436cf'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('font','color',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


MADE['2784f5adbc8f832b5b6730d6ade111d75e49ea2a'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('format','suffix','draw','default','folder',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


MADE['ad94f5a1dfad0fbc299971376a77f8a8af2436b4'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('frags','baseline','width',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


MADE['045294bc0f06793f6eeb1904c8afa9d8eb28d7a2'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('frame','fill','margin',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


MADE['44ffe931f8e65658b4e972f078ac843367323fc1'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('heading','body','mono','fallback',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


MADE['de69af7512ce5a7447310b11ada0f402f8e32b1c'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('id','title','publisher','author','url','date','note','pos',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


MADE['d76fe52734c77875732ddd59e2f1b095120b9118'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('kind','name','value','quoted','offset',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


MADE['071a6ce063817d2b4ac4a0e1a83de6d0bc8701f3'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('latex','fontset','advance','ascent','descent','ink','paths',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


MADE['1e8dcf75a77c5311a34fbd6ac78f3e05e4e3c74e'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('layout','exact','note',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


MADE['93f08023f5bad1d5adc3e3c9baf60594d54b9814'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('level_scale','hang','step','marker','gaps','spacing','rounded',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


MADE['5798ca6d8482b984da2de5651e8e8846419fb8ff'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('line','end','text','reason',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


MADE['0f1d07ec46aaa84f7a72d3018cee6a3c7c63caf7'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('media','deck','handout','extra',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


MADE['7220b2d10d9bfc70db6a478f5e786c95fb8e271b'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('name','description','handout','style','pos','lang',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


MADE['c051f4d3c49397bd013247cfe637be63e061b7ca'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('name','extends','slide','fonts','colors','sizes','scale','footer','logo','background','handout','code','body','sections','math','pptx','positions','files','template_info',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


MADE['e9a4502f4abf7ca1c7e4722b815b967a9231f0d1'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('name','placeholders','art',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


MADE['cb8b2a39e01d46b33c8cdfbfb0f09fe02683b78b'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('name','title','path','subtitle','author','date','style','style_pos','sources','audiences','sections','audience','pos','files','reveal','lang',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


MADE['cb2dcc133d1c13cd8613ef62b4854e579f06c53e'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('name','values',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


MADE['b3722042791a28c563a8c163e7c897a2bf0e683c'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('number','kind','title','width','height','background','boxes','own_background','notes','details','section','pos','continued','sources','media','extra','printed','template_layout','reveal','underlay','lang',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


MADE['5e89df85294cc654a2262b167274fb198b4fa3a3'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('number','width','height','boxes','bookmarks','key',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


MADE['8470c328d07ce9f4712176b025e92501ba7541f0'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('only','skip','media',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


MADE['2d6c75d27849c5631e010975d8bf9c63b1022d5e'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('page','layout','margins','notes','details',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


MADE['89b2e9e796ecc5f12d5de4366efc64410f5810ee'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('para',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


MADE['2420cdf0678129b6597e22d0a27edd8517d2cd63'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('part','box',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


MADE['15c04d358c61af666141336dacc39fd3543b1c30'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('path','alt','caption','width','height','pos','decorative','box_w','box_h','fit','focus',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


MADE['5575dee23ee811a67de570cfd2a184765b37e4dd'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('path','display','root','text',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


MADE['877ed1c26ef061aeaed26b8dd8a0a4afeb2db83f'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('path','id',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


MADE['016dd5c0c8203d5869cdb60a0e951af8efe4ed77'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('path','line','col',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


MADE['db5976933589ae47d5eeb766e5baa2ba19e80327'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('path','width','height','layouts','colors','major_font','minor_font','slides',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


MADE['58ef8c3c974c199fa91d524c97c0abfc206dd6b8'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('points','color','width',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


MADE['1c6c9282b7aea6d0349f6e370db89591d398f655'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('pos','severity','message','hint',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


MADE['8422b55447db82fe63bc83199c96cd4010ac2f9d'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('primary','accent','text','background','muted','surface','on_primary',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


MADE['44e0abcbfc839db71489cfe4b2d97e01cb8a402e'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('root','allow',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


MADE['68dcca6bb25f31ac4c1b3e72a8e6ccdbb60c6ae2'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('runs','lines','level','size','line_height','space_before','margin_left','indent','align','marker','top','lang','rtl','tag',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


MADE['ce4ad3b235590ef4808e119945cad6d41f002cf9'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('shape','size','width',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


MADE['b14ee57eae0fef0421066e8b10ebc60e22511b8a'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('size',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


MADE['b8066d2c9d4ce41b6f6bffe48e4b6ea12c5caa79'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('slide','notes','charts',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


MADE['d412cf1d57b8f629dd667fcd401af060d36ebb57'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('spec','required','doc',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


MADE['25b6eefd330bac1b86700c3f5b31c762779e5ccb'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('target','audience','style','style_base','style_pos','formats','deck_name','key','state','inputs','allow','dpi','a11y','owner',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


MADE['f666c13208564cd960e4ffb403ebcd0edb52fb9d'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('template','layouts',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


MADE['9cb173fb0ab9556d5a74998492218c61cb3dbe41'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('template_layout','title','content','bodies','subtitle','footer','decorate',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


MADE['e6a6598dc2d728479215c8f51a55f18b8d4d66d0'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('text','bold','italic','code','link','field','color','scale','math',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


MADE['06aed744dee49399242757da34f871aace089a8c'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('text','bullets','sources','vis','pos','lang',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


MADE['81d88768572ad23c8b2e7cdd5bad18c558aa54bd'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('text','by','pos',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


MADE['56c8dc0a5850931ffc59fc5e77f4d338f588b12f'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('text','color','bold','italic',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


MADE['fd030d97d97ebe5862251e2eb9af67673001ddad'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('text','face','size','color','bold','italic','code','link','field','east_asian','underline','family','math',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


MADE['518749fe305a729e415e5bf9444be0144874ad68'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('text','lang','line_numbers','highlight','pos',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


MADE['a9681b1b6547bdb1b31f9a959a81273986b83713'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('text','run','x','width','rtl',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


MADE['9f1acc087c481637d7f1d26d3ec6cca47bd5ce8d'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('theme','colors','text','background','line_numbers','highlight','size','min_size',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


MADE['5f3ef91345ca20f89ce8bf22232d002b6a2e7c3d'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('title','bullets','pos',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


MADE['59dff8ed84132995f4064da85b875877c9e2a14c'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('title','kind','bullets','columns','quote','image','table','chart','timeline','statement','code','math','images','background','notes','details','sources','vis','variants','pos','reveal','lang','shown',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


MADE['005dab10f36b1d383a8c7c00b4f0ce706751acb1'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('title','slides','summary','notes','sources','vis','pos','digest','media',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


MADE['67170492c05b834515d230252b651705ac39565f'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('title','subtitle','author','date','lang','width','height','template','template_size','heading_font','body_font','colors','master_background',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


MADE['d1f00e151f20dd86060fe6252470ff7459f313c3'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('title','subtitle','body','min_body','min_title','notes','footer','sources',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


MADE['505949055c41b231f89762cb8199bf7d2661bf1d'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('title','subtitle','byline','audience','sources','cites',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


MADE['f3c8ec15ee420eda60e07cb84f92bc3cdd48c57d'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('type','categories','series','pos','alt',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


MADE['9b2be6caff74e75f05731244130271cf900ab935'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('type','idx','box',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


MADE['7b10441f5b06378754cc7009c82d01a6fcd58e8b'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('width','height','alt',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


MADE['479b5951908fe5d06c55218aadfbe08da43091f1'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('width','height','margin','title_top','title_h','rule_y','body_top','body_bottom','footer_y','footer_h',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


MADE['d40e236a6ccdd78ee64d86f299fe12e2a1736cbc'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('x','y','w','h','fill','line','line_width','name','geom',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


MADE['e99ea0db95817585a7c3a85f349e557875d71e97'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('x','y','w','h','ox','oy','shape','size','color','owner',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


MADE['6f38e68a20f0d811ed90e3ecd21d63e1a3411d8d'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('x','y','w','h','paragraphs','role','anchor','placeholder','content_height','rotation',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


MADE['f5e97001c2b2c3417e7f999ff4df27e8fd6c19e3'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('x','y','w','h','path','alt','name','decorative','crop',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


MADE['e73a563574210b41413af45bcf97767d72693d13'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('x','y','w','h','slide','border',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


MADE['5f870165795c87784bf90a84548f150b821f17ed'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('x','y','w','h','source','part',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


MADE['968036a78ef6261c021ca9a8388e53f4f3cddf81'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('x','y','w','h','type','categories','series','colors','font','font_size','text_color','drawing','alt','grid_color','axis_color','grid_width','axis_width','line_width','marker_size','bar_gap','bar_overlap','tick_marks','slice_line','slice_line_width','axis','tick_format','label_format','data_labels','label_positions','label_colors','label_bold','label_shows','legend','legend_box','plot','category_skip','category_rotation','bottom_up',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


MADE['8eb72d22cf8e99a63dc751fe3a5186d4c1b0fad8'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('x','y','w','h','widths','heights','cells','header','line','line_width',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


MADE['f916846dce25fb1d894bb93bd922c9c57f8454c9'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('x','y','w','h',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


MADE['3c15b90705900dd641ec4c5d3bc64ff17c759e1a'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('x1','y1','x2','y2','color','width',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


MADE['360255bc52eafe140f9db9b8d4e9a07f9f772422'] = __create_fn__
