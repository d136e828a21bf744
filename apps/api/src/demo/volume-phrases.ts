/**
 * Phrase banks of the full-volume academy, by theme of the courses: citizen security, violence prevention,
 * policing, prosecution, community programmes, and the courses' own subjects (evaluation, cybersecurity,
 * gender data, information analysis, territorial analysis). Sentences are assembled from them
 * (volume-text.ts), so searches over thousands of messages and posts find different things for different words.
 */
export interface Theme {
  /** Noun phrases that can start a sentence (lower case). */
  subjects: string[];
  /** Verb phrases that complete one. */
  predicates: string[];
  /** Short topics for questions and thread titles. */
  topics: string[];
}

export const THEMES: Record<string, Theme> = {
  seguridad: {
    subjects: ['la política nacional de seguridad ciudadana', 'el consejo municipal de seguridad', 'la mesa interinstitucional', 'el plan local de convivencia', 'la encuesta de victimización', 'el presupuesto de seguridad', 'la coordinación entre ministerio y alcaldía', 'el enfoque de derechos humanos', 'la estrategia de cohesión social', 'el índice de percepción de inseguridad', 'la rendición de cuentas ante el concejo', 'la confianza en las instituciones'],
    predicates: ['depende demasiado de quién esté en la alcaldía', 'mejoró cuando se publicaron los datos cada trimestre', 'todavía no incluye indicadores más allá del homicidio', 'necesita una línea de base confiable', 'se fortaleció con la participación de la sociedad civil', 'quedó en papel porque no tenía presupuesto asignado', 'cambió la conversación pública sobre la violencia', 'se mide con una encuesta que no es comparable entre años', 'funciona mejor con metas por distrito', 'exige coordinar a más de diez instituciones', 'ganó legitimidad cuando se explicaron sus resultados', 'se debilita con cada cambio de administración'],
    topics: ['la confianza en la policía', 'los indicadores de seguridad ciudadana', 'la gobernanza local de la seguridad', 'la percepción de inseguridad', 'los consejos municipales de convivencia', 'la cohesión social en los barrios', 'el costo de la violencia', 'la seguridad con enfoque de derechos'],
  },
  prevencion: {
    subjects: ['el programa de prevención juvenil', 'la intervención con jóvenes en riesgo', 'la prevención situacional', 'el modelo de salud pública', 'la recuperación de espacios públicos', 'el programa de mentoría', 'la prevención terciaria en centros penales', 'la terapia cognitivo-conductual', 'el programa de empleo para jóvenes', 'la prevención de la violencia escolar', 'el alumbrado y la recuperación de parques', 'la focalización en las pocas personas de mayor riesgo'],
    predicates: ['redujo los incidentes en las zonas intervenidas', 'tuvo buena aceptación pero poca evaluación', 'funciona si se focaliza en los barrios con más violencia', 'mostró resultados en la evaluación de 2023', 'requiere continuidad de al menos tres años', 'no llegó a las personas con mayor riesgo', 'se sostuvo gracias al gobierno local', 'tiene evidencia sólida en la región', 'perdió financiamiento al terminar la cooperación', 'se combinó con acciones de control focalizado', 'debe medirse con un grupo de comparación', 'cambió la relación entre la escuela y la familia'],
    topics: ['la prevención de la violencia juvenil', 'los programas con evidencia', 'la prevención situacional', 'la violencia escolar', 'la focalización territorial', 'la reinserción de jóvenes', 'los factores de riesgo y de protección', 'la prevención terciaria'],
  },
  policia: {
    subjects: ['la policía comunitaria', 'el patrullaje por cuadrantes', 'la policía orientada a problemas', 'el protocolo de uso de la fuerza', 'la formación de mandos medios', 'la unidad de análisis policial', 'el sistema de despacho del 911', 'la justicia procedimental en los controles', 'la rotación de agentes', 'el registro de detenciones', 'la supervisión interna', 'la relación entre policía y juventud'],
    predicates: ['mejoró la confianza en los barrios', 'necesita indicadores de desempeño claros', 'choca con la cultura institucional', 'funciona mejor con datos de puntos calientes', 'se debilita cuando rotan a los agentes cada seis meses', 'redujo los tiempos de respuesta', 'requiere un acuerdo con la alcaldía', 'todavía mide éxito por número de detenciones', 'ganó apoyo cuando se explicaron los criterios', 'genera quejas si no hay trato respetuoso', 'depende de la calidad del registro', 'cambió la forma de atender las denuncias'],
    topics: ['la policía comunitaria', 'el uso de la fuerza', 'los puntos calientes', 'la justicia procedimental', 'la formación policial', 'los tiempos de respuesta del 911', 'la supervisión policial', 'la legitimidad policial'],
  },
  fiscalia: {
    subjects: ['la fiscalía especializada', 'el sistema acusatorio', 'la persecución penal estratégica', 'la unidad de análisis criminal de la fiscalía', 'la atención a víctimas', 'la mora judicial', 'la cadena de custodia', 'la conciliación entre registros de policía y fiscalía', 'el juicio abreviado', 'las medidas alternativas a la prisión', 'la protección de testigos', 'el acceso a la justicia en zonas rurales'],
    predicates: ['tiene una carga de casos que no se puede sostener', 'mejoró la tasa de esclarecimiento', 'depende de la calidad de la investigación policial', 'necesita criterios de priorización públicos', 'se atrasa por falta de peritos', 'redujo la prisión preventiva', 'no comparte los datos con las demás instituciones', 'publica estadísticas mensuales desde el año pasado', 'requiere coordinación con la defensa pública', 'cambió con la reforma procesal', 'deja a muchas víctimas sin información del caso', 'gana confianza cuando explica sus decisiones'],
    topics: ['la persecución penal estratégica', 'la mora judicial', 'la atención a víctimas', 'la impunidad', 'la prisión preventiva', 'el esclarecimiento de homicidios', 'la cadena de custodia', 'la justicia restaurativa'],
  },
  comunidad: {
    subjects: ['el comité comunitario de prevención', 'la red de mujeres líderes', 'el programa de convivencia en el barrio', 'la mesa de jóvenes', 'el centro comunitario', 'la organización de vecinos', 'el programa de mediación comunitaria', 'la escuela abierta los fines de semana', 'el voluntariado juvenil', 'la alianza con las iglesias', 'el programa de cultura y deporte', 'la caminata exploratoria de seguridad'],
    predicates: ['logró que los vecinos volvieran a usar el parque', 'funciona cuando la comunidad participa desde el diagnóstico', 'perdió fuerza cuando se fue la organización que lo impulsaba', 'resolvió conflictos antes de que escalaran', 'necesita reconocimiento formal de la alcaldía', 'identificó los puntos inseguros para las mujeres', 'se sostiene con voluntarios y muy poco presupuesto', 'mejoró la relación con la policía', 'atrajo a jóvenes que no participaban en nada', 'documentó sus resultados por primera vez', 'se replicó en tres municipios vecinos', 'depende de liderazgos que se cansan'],
    topics: ['la participación comunitaria', 'la mediación de conflictos', 'los espacios públicos seguros', 'el liderazgo de las mujeres', 'la organización vecinal', 'los programas de convivencia', 'la eficacia colectiva', 'el trabajo con iglesias y escuelas'],
  },
  evaluacion: {
    subjects: ['la evaluación de impacto', 'el grupo de comparación', 'la teoría de cambio', 'el diseño de diferencias en diferencias', 'la asignación aleatoria', 'la línea de base', 'el marco de resultados', 'la discontinuidad de regresión', 'el análisis de costo-efectividad', 'el monitoreo del programa'],
    predicates: ['permite atribuir el efecto al programa', 'requiere planificarse antes de la intervención', 'es difícil de sostener políticamente', 'muestra supuestos que nadie había escrito', 'tiene problemas de contaminación entre barrios', 'se puede hacer con datos administrativos', 'convenció al ministerio de ampliar el programa', 'necesita una muestra más grande', 'separa productos de resultados', 'se financió con la cooperación internacional'],
    topics: ['la evaluación de impacto', 'el contrafactual', 'la teoría de cambio', 'los diseños cuasi-experimentales', 'la ética de aleatorizar', 'la evidencia en el presupuesto', 'el monitoreo y la evaluación', 'los indicadores de resultado'],
  },
  ciber: {
    subjects: ['el plan de respuesta a incidentes', 'la política de contraseñas', 'el respaldo de la información', 'la unidad de delitos informáticos', 'el Convenio de Budapest', 'la red 24/7', 'la conservación de datos', 'el correo de phishing', 'la autenticación de dos factores', 'la gestión de riesgos digitales'],
    predicates: ['no se había probado nunca en un ejercicio', 'se actualizó después del ataque de ransomware', 'requiere cooperación internacional ágil', 'depende de proveedores privados', 'redujo los incidentes en la institución', 'no tiene personal suficiente', 'quedó desactualizado en pocos meses', 'exige capacitación continua del personal', 'se activó en las primeras 24 horas', 'facilita las solicitudes de evidencia digital'],
    topics: ['la respuesta a incidentes', 'el ransomware en instituciones públicas', 'la evidencia digital', 'la cooperación contra el ciberdelito', 'la higiene digital', 'la protección de datos personales', 'el phishing', 'la gestión de riesgos digitales'],
  },
  genero: {
    subjects: ['el registro de violencia contra las mujeres', 'la desagregación por sexo y edad', 'el protocolo de atención a víctimas', 'la tipificación del femicidio', 'el observatorio de género', 'el enfoque interseccional', 'la encuesta de violencia doméstica', 'la ruta de denuncia', 'la línea de atención', 'el sistema de alerta temprana'],
    predicates: ['no captura la relación entre víctima y agresor', 'subestima la violencia que no se denuncia', 'mejoró con un formulario único', 'requiere proteger la identidad de las víctimas', 'muestra diferencias grandes entre municipios', 'se revisó con organizaciones de mujeres', 'necesita personal formado en cada sede', 'cambió la forma de contar los femicidios', 'publica datos sin suprimir las celdas pequeñas', 'se coordina con salud y educación'],
    topics: ['la violencia contra las mujeres', 'los datos desagregados por sexo', 'el femicidio', 'la ruta de denuncia', 'el enfoque interseccional', 'la protección de las víctimas', 'el subregistro', 'los observatorios de género'],
  },
  datos: {
    subjects: ['el sistema de información criminal', 'la tabla de homicidios por municipio', 'la tasa por 100 000 habitantes', 'el tablero de indicadores', 'la calidad del dato', 'el diccionario de variables', 'la base de denuncias', 'el cruce con datos de salud', 'la serie mensual', 'el informe trimestral'],
    predicates: ['tiene muchos campos vacíos', 'no coincide entre instituciones', 'engaña en municipios pequeños', 'mejoró con validaciones al capturar', 'se actualiza con dos meses de retraso', 'permite ver la tendencia por fin', 'necesita un responsable por institución', 'se publica en formato abierto', 'muestra un cambio de registro, no de violencia', 'ayudó a decidir dónde intervenir'],
    topics: ['la calidad de los datos', 'las tasas en municipios pequeños', 'los tableros de indicadores', 'la conciliación de registros', 'los datos abiertos', 'las series de tiempo', 'los sistemas de información', 'el análisis delictivo'],
  },
  territorio: {
    subjects: ['el mapa de puntos calientes', 'la densidad de Kernel', 'el análisis por cuadrantes', 'la geocodificación de denuncias', 'el diagnóstico territorial', 'la concentración del delito en pocas calles', 'el análisis de desplazamiento', 'la cartografía participativa', 'el patrón de robos a transporte', 'la capa de alumbrado público'],
    predicates: ['mostró que el 5 % de las calles concentra la mitad de los robos', 'depende de la calidad de las direcciones', 'cambió la asignación del patrullaje', 'no confirmó el desplazamiento a las zonas vecinas', 'se validó con recorridos en campo', 'se combinó con encuestas a vecinos', 'necesita actualizarse cada mes', 'ayudó a priorizar la recuperación de espacios', 'generó discusión con la comunidad', 'se hizo con software libre'],
    topics: ['los puntos calientes', 'la geocodificación', 'el desplazamiento del delito', 'la cartografía participativa', 'el diagnóstico territorial', 'la concentración del delito', 'el análisis espacial', 'los mapas de calor'],
  },
};

/** The themes each course talks about, by slug (the first ones most). */
export const COURSE_THEMES: Record<string, string[]> = {
  'seguridad-ciudadana-justicia-cohesion': ['seguridad', 'prevencion', 'fiscalia', 'comunidad', 'policia'],
  'evaluacion-impacto-politicas': ['evaluacion', 'prevencion', 'policia', 'seguridad'],
  'introduccion-ciberseguridad': ['ciber', 'fiscalia', 'seguridad'],
  'gestion-informacion-genero': ['genero', 'datos', 'fiscalia', 'comunidad'],
  'analisis-informacion': ['datos', 'policia', 'seguridad', 'fiscalia'],
  'analisis-territorial-crimen': ['territorio', 'policia', 'comunidad', 'prevencion'],
};

/** Places people mention, by country. */
export const PLACES: Record<string, string[]> = {
  CR: ['San José', 'Limón', 'Heredia', 'Desamparados', 'Puntarenas', 'Alajuela'],
  SV: ['San Salvador', 'Soyapango', 'San Miguel', 'Santa Ana', 'Apopa', 'Mejicanos'],
  GT: ['la Ciudad de Guatemala', 'Mixco', 'Villa Nueva', 'Quetzaltenango', 'Escuintla', 'Chimaltenango'],
  HN: ['Tegucigalpa', 'San Pedro Sula', 'La Ceiba', 'Choloma', 'Comayagua', 'El Progreso'],
  DO: ['Santo Domingo Este', 'Santiago de los Caballeros', 'San Cristóbal', 'La Romana', 'Puerto Plata', 'Los Alcarrizos'],
};

export const COUNTRY_SHORT: Record<string, string> = { CR: 'Costa Rica', SV: 'El Salvador', GT: 'Guatemala', HN: 'Honduras', DO: 'República Dominicana' };

export const WHEN = ['desde 2019', 'en los últimos tres años', 'durante la pandemia', 'este trimestre', 'desde la reforma', 'el año pasado', 'en la última administración', 'desde que empezó el curso'];

export const STARTERS = ['Buenos días a todos.', 'Una pregunta para el grupo:', 'Comparto una experiencia:', 'Sobre la lectura de esta semana:', 'Desde mi institución,', 'Para la sesión de hoy:', 'Un dato que me llamó la atención:', 'Buenas tardes.', 'Retomo lo que vimos en el módulo:', 'Les cuento cómo lo hacemos:'];

export const REPLY_STARTERS = ['Coincido.', 'Muy buen punto.', 'En nuestro caso es distinto:', 'Gracias por compartir.', 'No estoy tan seguro:', 'Exacto,', 'Interesante.', 'Me pasa lo mismo:', 'Buena pregunta.', 'Complemento:', 'Ojo con eso:', 'Totalmente de acuerdo,'];

export const CLOSERS = ['¿Qué opinan?', '¿A alguien le ha pasado algo parecido?', 'Lo podemos ver en la sesión.', 'Les comparto el documento por correo.', '¿Tienen datos para comparar?', 'Me interesa conocer otras experiencias.', 'Seguimos conversando.', '¿Cómo lo resolvieron ustedes?'];

export const QUESTION_STARTS = ['¿Cómo están trabajando', '¿Qué resultados han tenido con', '¿Alguien tiene experiencia con', '¿Cómo miden en su país', '¿Qué le recomendarían a un municipio sobre', '¿Qué dice la evidencia sobre', '¿Quién coordina en su país', '¿Cuál ha sido el mayor obstáculo con'];

export const SHORT_REPLIES = ['Gracias, muy útil.', 'De acuerdo.', '¡Excelente aporte!', 'Lo anoto para mi informe.', 'Muy claro, gracias.', 'Sí, eso mismo vimos en la lectura.', '+1', 'Buen ejemplo.', 'Interesante, no lo conocía.', 'Gracias por el dato.'];

export const FEEDBACK_ACCEPTED = ['Excelente trabajo, bien fundamentado y aplicable a su institución.', 'Muy completo; la comparación con otros países enriquece el análisis.', 'Cumple con todos los criterios de la rúbrica. ¡Felicitaciones!', 'Buen uso de la evidencia y de los datos desagregados.', 'Propuesta clara y viable; le sugiero compartirla con su equipo.', 'Muy buena versión revisada: incorporó las fuentes solicitadas.'];

export const FEEDBACK_RETURNED = ['Buen punto de partida. Agregue datos de su país y una fuente para cada afirmación.', 'La propuesta es clara, pero falta explicar cómo se medirá el resultado.', 'Revise la desagregación por sexo: la tabla no suma el total.', 'Falta la teoría de cambio: ¿por qué la intervención produciría el efecto esperado?', 'Incluya la línea de base y la meta de cada indicador.', 'Precise la población objetivo y el territorio de la intervención.'];
