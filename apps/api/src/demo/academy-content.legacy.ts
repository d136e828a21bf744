/**
 * Demo catalogue of the academy's six courses. Spanish content with English titles and summaries; readings cite real public
 * sources (URLs only for very stable sites). Expert videos, captions, the readings' PDFs and the resources without an address
 * are real files stored when the academy is created (demo-media.ts).
 */

// prettier-ignore
export interface LocalizedText { es: string; en?: string }
export type DemoLesson =
  | { kind: 'text'; title: LocalizedText; body: string }
  | { kind: 'video'; title: LocalizedText; url?: string; durationSeconds: number; captionsUrl?: string; transcript?: string }
  | { kind: 'reading'; title: LocalizedText; citation: string; url?: string }
  | { kind: 'resource'; title: LocalizedText; url?: string; resourceType: 'document' | 'dataset' | 'tool' | 'website' | 'audio' };
export interface DemoActivity {
  kind: 'submission' | 'forum';
  title: LocalizedText;
  prompt: string; // Markdown, Spanish
  dueDaysAfterStart?: number;
  completion: { kind: 'accepted_submission' } | { kind: 'forum_posts'; replies: number };
  rubric?: { criterion: string; maxScore: number }[];
}
// prettier-ignore
export interface DemoModule { title: LocalizedText; summary?: string; lessons: DemoLesson[]; activities: DemoActivity[] }
// prettier-ignore
export interface DemoCourse {
  slug: string;
  title: LocalizedText;   // both es and en
  summary: LocalizedText; // both es and en
  topics: string[];
  status: 'draft' | 'published';
  modules: DemoModule[];
}

// ---- 1. Seguridad ciudadana, justicia y cohesión social ----

const seguridadCiudadana: DemoCourse = {
  slug: 'seguridad-ciudadana-justicia-cohesion',
  title: { es: 'Seguridad ciudadana, justicia y cohesión social', en: 'Citizen security, justice and social cohesion' },
  summary: {
    es: 'Curso de fundamentos para personas con responsabilidad de decisión: qué significa la seguridad ciudadana desde un enfoque de desarrollo humano y de derechos, y cómo se articulan prevención, control legítimo y justicia. Se analiza por qué la cohesión social y la confianza en las instituciones son condiciones de una seguridad sostenible, con evidencia y casos de Centroamérica y la República Dominicana.',
    en: 'A foundations course for decision makers: what citizen security means from a human-development and rights-based perspective, and how prevention, legitimate enforcement and justice fit together. It examines why social cohesion and trust in institutions are preconditions for lasting security, drawing on evidence and cases from Central America and the Dominican Republic.',
  },
  topics: ['seguridad ciudadana', 'prevención', 'justicia', 'cohesión social', 'derechos humanos'],
  status: 'published',
  modules: [
    {
      title: { es: 'De la seguridad pública a la seguridad ciudadana', en: 'From public security to citizen security' },
      summary: 'El concepto de seguridad ciudadana, su origen en la región y la magnitud de la violencia y el delito.',
      lessons: [
        {
          kind: 'text',
          title: { es: 'El concepto de seguridad ciudadana', en: 'The concept of citizen security' },
          body: `## Del orden público a la protección de las personas

Durante buena parte del siglo XX, la seguridad en Centroamérica se pensó desde la doctrina de la seguridad nacional: el objeto de protección era el Estado y las fuerzas armadas cumplían funciones de orden interno. Los procesos de paz —Esquipulas II (1987), los Acuerdos de Chapultepec en El Salvador (1992) y los Acuerdos de Paz de Guatemala (1996)— separaron la defensa de la seguridad interior y dieron origen a policías nacionales civiles. En Honduras, la policía pasó al ámbito civil a finales de los años noventa.

## Qué entendemos por seguridad ciudadana

El Informe Regional de Desarrollo Humano 2013-2014 del PNUD entiende la seguridad ciudadana como una dimensión de la seguridad humana: la protección de un núcleo básico de derechos —la vida, la integridad física y el patrimonio— frente al delito y la violencia. La Comisión Interamericana de Derechos Humanos (2009) subraya que el Estado tiene obligaciones positivas de prevenir, investigar y sancionar, siempre dentro del respeto a los derechos humanos.

El enfoque tiene cuatro rasgos:

- **Centrado en las personas**: se mide por la libertad y el bienestar de la población, no sólo por la actividad institucional.
- **Integral**: combina prevención, control legítimo, justicia y reinserción.
- **Multisectorial y multinivel**: involucra a salud, educación, trabajo, gobiernos locales y sociedad civil, además de policía y justicia.
- **Basado en evidencia y rendición de cuentas**: las políticas se juzgan por sus resultados.

## Implicaciones para quien decide

1. Medir más allá del homicidio: victimización, extorsión, violencia contra las mujeres y percepción de inseguridad.
2. Priorizar los lugares y las personas donde se concentra el riesgo.
3. Cuidar la legitimidad: una institución en la que la población confía recibe más denuncias y más colaboración.
4. Evitar la falsa disyuntiva entre prevención y control: ambas funciones se refuerzan cuando están bien diseñadas y coordinadas.`,
        },
        {
          kind: 'video',
          title: { es: 'Panorama regional de la violencia y el delito', en: 'Regional overview of violence and crime' },
          durationSeconds: 840,
          transcript:
            'La experta presenta el panorama regional a partir del Estudio Mundial sobre el Homicidio de UNODC: las Américas concentran en torno a un tercio de los homicidios del mundo con cerca del 13 % de la población. Recuerda que Honduras y El Salvador llegaron a registrar tasas superiores a 80 homicidios por cada 100 000 habitantes en la década de 2010, y que las tendencias recientes difieren mucho entre países. Subraya que el homicidio no agota el problema: la extorsión, la violencia contra las mujeres y el temor condicionan la vida cotidiana. Cierra con la estimación del BID según la cual el crimen cuesta a la región, en promedio, alrededor del 3,5 % del PIB.',
        },
        {
          kind: 'reading',
          title: { es: 'Seguridad ciudadana con rostro humano (PNUD)', en: 'Citizen security with a human face (UNDP)' },
          citation:
            'Programa de las Naciones Unidas para el Desarrollo (2013). Informe Regional de Desarrollo Humano 2013-2014. Seguridad ciudadana con rostro humano: diagnóstico y propuestas para América Latina. Nueva York: PNUD.',
          url: 'https://www.undp.org',
        },
        {
          kind: 'reading',
          title: { es: 'Informe sobre seguridad ciudadana y derechos humanos (CIDH)', en: 'Citizen security and human rights (IACHR)' },
          citation:
            'Comisión Interamericana de Derechos Humanos (2009). Informe sobre seguridad ciudadana y derechos humanos. OEA/Ser.L/V/II, Doc. 57. Washington, DC: Organización de los Estados Americanos.',
        },
        {
          kind: 'reading',
          title: { es: 'Los costos del crimen y de la violencia (BID)', en: 'The costs of crime and violence (IDB)' },
          citation:
            'Jaitman, L. (ed.) (2017). Los costos del crimen y de la violencia: nuevos datos y hallazgos en América Latina y el Caribe. Washington, DC: Banco Interamericano de Desarrollo.',
          url: 'https://publications.iadb.org',
        },
      ],
      activities: [
        {
          kind: 'forum',
          title: { es: '¿Cómo define su país la seguridad ciudadana?', en: 'How does your country define citizen security?' },
          prompt: `Revise la política, estrategia o plan nacional de seguridad vigente en su país.

1. ¿Qué definición de seguridad (ciudadana, pública, nacional) utiliza y qué institución la lidera?
2. ¿Qué indicadores usa para medir el avance? ¿Van más allá del homicidio?
3. ¿Qué papel asigna a los gobiernos locales y a la sociedad civil?

Publique su respuesta (máximo 300 palabras) y **comente al menos dos aportes de colegas de otros países**, señalando una semejanza y una diferencia con su propio caso.`,
          dueDaysAfterStart: 28,
          completion: { kind: 'forum_posts', replies: 2 },
        },
      ],
    },
    {
      title: { es: 'Prevención de la violencia: niveles, enfoques y evidencia', en: 'Violence prevention: levels and evidence' },
      summary: 'Modelo de salud pública, enfoques social, situacional, comunitario y policial, y lo que dice la evidencia regional.',
      lessons: [
        {
          kind: 'text',
          title: { es: 'Niveles y enfoques de la prevención', en: 'Levels and approaches to prevention' },
          body: `## Tres niveles, según el modelo de salud pública

El *Informe mundial sobre la violencia y la salud* de la OMS (2002) propuso tratar la violencia como un problema de salud pública, con un modelo ecológico de factores de riesgo individuales, relacionales, comunitarios y sociales. De ahí se derivan tres niveles de prevención:

- **Primaria**: dirigida a toda la población (crianza positiva, permanencia escolar, espacios públicos de calidad).
- **Secundaria**: dirigida a grupos o lugares con mayor riesgo (jóvenes con conductas de riesgo, barrios con alta concentración de violencia).
- **Terciaria**: dirigida a quienes ya cometieron delitos o fueron víctimas, para evitar la reincidencia y la revictimización.

## Enfoques complementarios

- **Social**: actúa sobre factores de riesgo y de protección (familia, escuela, empleo).
- **Situacional**: reduce oportunidades en lugares concretos (iluminación, diseño urbano, vigilancia natural).
- **Comunitario**: fortalece la organización de los barrios y su capacidad de control social informal.
- **Policial orientado a problemas**: concentra recursos en problemas específicos y evalúa resultados.

## Qué dice la evidencia

Las revisiones de Abt y Winship (2016) para el Triángulo Norte y de Chioda (2017) para el Banco Mundial coinciden en varios puntos:

1. La violencia se concentra en pocas personas y pocos lugares; las intervenciones focalizadas rinden más que las dispersas.
2. La terapia cognitivo-conductual para jóvenes en riesgo, la disuasión focalizada y la atención policial a puntos calientes muestran efectos consistentes.
3. La inversión temprana (primera infancia, apoyo a familias) tiene efectos de largo plazo.
4. Algunas intervenciones populares carecen de evidencia o son contraproducentes: los programas que llevan a jóvenes a visitar cárceles para "asustarlos" aumentaron la delincuencia en evaluaciones rigurosas, y Abt y Winship concluyen que las estrategias de mano dura basadas en detenciones masivas no mostraron reducciones sostenidas de la violencia en los estudios revisados.

La pregunta para quien decide no es "prevención o control", sino qué combinación, para qué población y en qué lugar.`,
        },
        {
          kind: 'video',
          title: { es: 'Qué funciona para reducir la violencia comunitaria', en: 'What works to reduce community violence' },
          durationSeconds: 960,
          transcript:
            'El experto resume la metarrevisión de Abt y Winship para el Triángulo Norte. Explica que las estrategias más efectivas combinan focalización en lugares y personas de alto riesgo con enfoques que generan legitimidad. Presenta tres familias de intervenciones con buena evidencia: la atención policial a puntos calientes, la disuasión focalizada con ofertas de apoyo y la terapia cognitivo-conductual para jóvenes. Advierte que los programas amplios de prevención primaria son valiosos, pero sus efectos sobre la violencia tardan años en verse. Concluye que lo decisivo es la calidad de la implementación y la coordinación entre instituciones.',
        },
        {
          kind: 'reading',
          title: { es: 'What Works in Reducing Community Violence', en: 'What Works in Reducing Community Violence' },
          citation:
            'Abt, T. y Winship, C. (2016). What Works in Reducing Community Violence: A Meta-Review and Field Study for the Northern Triangle. Washington, DC: USAID / Democracy International.',
        },
        {
          kind: 'reading',
          title: { es: 'Fin a la violencia en América Latina (Banco Mundial)', en: 'Stop the Violence in Latin America (World Bank)' },
          citation:
            'Chioda, L. (2017). Fin a la violencia en América Latina: una mirada a la prevención desde la infancia hasta la edad adulta. Washington, DC: Banco Mundial.',
        },
      ],
      activities: [
        {
          kind: 'submission',
          title: { es: 'Mapa de intervenciones de prevención', en: 'Map of prevention interventions' },
          prompt: `Elija **tres programas o proyectos de prevención** que se ejecuten actualmente en su país (nacionales, municipales o de sociedad civil).

Para cada uno, elabore una ficha breve con:

- Nivel (primario, secundario, terciario) y enfoque (social, situacional, comunitario, policial).
- Población o lugar al que se dirige y criterio de focalización.
- Evidencia disponible: ¿existe una evaluación? ¿El tipo de intervención tiene respaldo en la literatura revisada?

Cierre con un párrafo que identifique **un vacío** en la oferta de prevención de su país y una recomendación concreta. Extensión máxima: dos páginas.`,
          dueDaysAfterStart: 68,
          completion: { kind: 'accepted_submission' },
          rubric: [
            { criterion: 'Clasifica correctamente nivel, enfoque y focalización de cada programa', maxScore: 4 },
            { criterion: 'Usa evidencia pertinente y cita sus fuentes', maxScore: 3 },
            { criterion: 'Identifica un vacío relevante y formula una recomendación viable', maxScore: 3 },
          ],
        },
      ],
    },
    {
      title: { es: 'Justicia, legitimidad y sistema penal', en: 'Justice, legitimacy and the criminal justice system' },
      summary: 'Justicia procedimental, confianza, impunidad y el papel del sistema penal en la política de seguridad.',
      lessons: [
        {
          kind: 'text',
          title: { es: 'Justicia procedimental y acceso a la justicia', en: 'Procedural justice and access to justice' },
          body: `## Por qué importa la legitimidad

Tom Tyler mostró que las personas cumplen la ley y cooperan con las autoridades no sólo por temor a la sanción, sino porque consideran legítimas a las instituciones. Esa legitimidad depende sobre todo de la **justicia procedimental**, es decir, de cómo se trata a las personas, más que del resultado de cada caso. Sus componentes son:

- **Voz**: la persona puede exponer su situación.
- **Neutralidad**: las decisiones se basan en reglas y hechos, no en prejuicios.
- **Trato digno y respetuoso**.
- **Motivos confiables**: la autoridad actúa de buena fe y explica sus decisiones.

## Impunidad y confianza

Cuando la mayoría de los delitos no se denuncia y la mayoría de los denunciados no se resuelve, la sanción pierde capacidad disuasoria y crece la tentación de la justicia por mano propia. La baja confianza alimenta la cifra negra, y la cifra negra impide dimensionar los problemas. El Barómetro de las Américas (LAPOP) permite comparar la confianza en la policía y en el sistema judicial entre los países de la región.

## El sistema penal como parte de la política de seguridad

- **Prisión preventiva**: su uso extendido genera hacinamiento y mezcla a personas sin condena con estructuras criminales que operan dentro de los centros penitenciarios.
- **Medidas alternativas y justicia restaurativa**: en delitos de menor gravedad reducen costos y pueden disminuir la reincidencia si se acompañan de supervisión y servicios.
- **Justicia penal juvenil**: la Convención sobre los Derechos del Niño y las Reglas de Beijing exigen especialización y reservan la privación de libertad como último recurso.
- **Atención a víctimas**: información, protección y reparación son condiciones de la confianza.

La meta 16.3 de la Agenda 2030 —promover el estado de derecho y garantizar la igualdad de acceso a la justicia— ofrece un marco común para medir avances; uno de sus indicadores es la proporción de personas detenidas que no han recibido sentencia.`,
        },
        {
          kind: 'video',
          title: { es: 'Confianza institucional y denuncia', en: 'Institutional trust and crime reporting' },
          durationSeconds: 780,
          transcript:
            'Una jueza con experiencia en justicia penal juvenil explica cómo la desconfianza reduce la denuncia y, con ello, la capacidad del Estado para investigar. Muestra cómo las encuestas de opinión pública, como el Barómetro de las Américas, permiten seguir la confianza en la policía y los tribunales a lo largo del tiempo. Propone prácticas concretas de justicia procedimental para policías y fiscales: explicar los pasos del proceso, informar a las víctimas sobre el estado de su caso y registrar las quejas de trato. Insiste en que la legitimidad se construye en cada contacto cotidiano entre la ciudadanía y las instituciones.',
        },
        {
          kind: 'reading',
          title: { es: 'Why People Obey the Law', en: 'Why People Obey the Law' },
          citation: 'Tyler, T. R. (2006). Why People Obey the Law. Princeton, NJ: Princeton University Press.',
        },
        {
          kind: 'resource',
          title: { es: 'Barómetro de las Américas (LAPOP)', en: 'AmericasBarometer (LAPOP)' },
          url: 'https://www.vanderbilt.edu/lapop/',
          resourceType: 'dataset',
        },
      ],
      activities: [
        {
          kind: 'forum',
          title: { es: 'Alternativas a la privación de libertad', en: 'Alternatives to imprisonment' },
          prompt: `Describa brevemente **una medida alternativa a la prisión o una práctica de justicia restaurativa** que exista en su país (por ejemplo, suspensión condicional del proceso, mediación penal, tribunales de tratamiento de drogas o programas para adolescentes en conflicto con la ley).

- ¿A quién se aplica y con qué frecuencia?
- ¿Qué se sabe de sus resultados?
- ¿Qué obstáculos institucionales o de opinión pública enfrenta?

Luego **responda a dos colegas de otros países**: ¿podría adaptarse su experiencia a su contexto? ¿Qué condiciones harían falta?`,
          dueDaysAfterStart: 96,
          completion: { kind: 'forum_posts', replies: 2 },
        },
      ],
    },
    {
      title: { es: 'Cohesión social y gobernanza local de la seguridad', en: 'Social cohesion and local security governance' },
      summary: 'Cohesión social, eficacia colectiva y el papel de los gobiernos locales en planes de convivencia y seguridad.',
      lessons: [
        {
          kind: 'text',
          title: { es: 'Cohesión social, eficacia colectiva y gobierno local', en: 'Cohesion, collective efficacy and local government' },
          body: `## Cohesión social

La CEPAL (2007) define la cohesión social como la dialéctica entre los mecanismos instituidos de inclusión y exclusión sociales y las respuestas, percepciones y disposiciones de la ciudadanía frente al modo en que ellos operan. No se trata sólo de ingresos: incluye el sentido de pertenencia, la confianza en los demás y en las instituciones, y la percepción de que las reglas son justas.

## Eficacia colectiva

En un estudio de barrios de Chicago, Sampson, Raudenbush y Earls (1997) mostraron que la **eficacia colectiva** —la combinación de confianza entre vecinos y disposición a intervenir por el bien común— se asocia con menos violencia, incluso controlando por la pobreza concentrada. Para la política pública, esto significa que fortalecer la organización comunitaria es una estrategia de seguridad, no un complemento.

## El papel de los gobiernos locales

Los municipios conocen el territorio, gestionan el espacio público y pueden convocar a actores diversos. En la región hay experiencias institucionalizadas, como las Comisiones Municipales de Prevención de la Violencia en Guatemala, acompañadas por la Unidad para la Prevención Comunitaria de la Violencia; los Consejos Municipales de Prevención de la Violencia en El Salvador; o la estrategia Sembremos Seguridad en Costa Rica, que articula diagnósticos de seguridad con los gobiernos locales.

Un ciclo local de gestión suele incluir:

1. **Diagnóstico participativo** con datos y percepción de la población, desagregados por sexo y edad.
2. **Plan local** con problemas priorizados, metas e instituciones responsables.
3. **Mesa de coordinación** entre policía, municipio, salud, educación y organizaciones sociales.
4. **Seguimiento y rendición de cuentas** periódicos ante la comunidad.

## Riesgos a evitar

- Participación limitada a informar decisiones ya tomadas.
- Captura por intereses particulares o uso clientelar.
- Exclusión de mujeres, jóvenes y otros grupos cuya experiencia de inseguridad es distinta.
- Planes sin presupuesto ni indicadores.`,
        },
        {
          kind: 'video',
          title: { es: 'Coordinación municipal: lecciones de la región', en: 'Municipal coordination: lessons from the region' },
          durationSeconds: 900,
          transcript:
            'Un exalcalde y una especialista en gobernanza local conversan sobre cómo funcionan los consejos municipales de prevención. Coinciden en que el diagnóstico compartido es el momento más valioso, porque obliga a policía, municipio y organizaciones sociales a mirar los mismos datos. Relatan errores frecuentes: planes demasiado amplios, sin responsables, y reuniones que se diluyen cuando cambia la autoridad. Recomiendan pocas prioridades con metas medibles, un punto focal técnico estable en el municipio y reuniones públicas de rendición de cuentas. Cierran con la importancia de incluir a las mujeres y a los jóvenes desde el diagnóstico.',
        },
        {
          kind: 'reading',
          title: { es: 'Cohesión social: inclusión y pertenencia (CEPAL)', en: 'Social cohesion: inclusion and belonging (ECLAC)' },
          citation:
            'Comisión Económica para América Latina y el Caribe (2007). Cohesión social: inclusión y sentido de pertenencia en América Latina y el Caribe. Santiago de Chile: CEPAL.',
          url: 'https://www.cepal.org',
        },
        {
          kind: 'reading',
          title: { es: 'Eficacia colectiva y violencia en los barrios', en: 'Neighborhoods and collective efficacy' },
          citation:
            'Sampson, R. J., Raudenbush, S. W. y Earls, F. (1997). Neighborhoods and violent crime: A multilevel study of collective efficacy. Science, 277(5328), 918-924.',
        },
      ],
      activities: [
        {
          kind: 'submission',
          title: { es: 'Nota de política: plan local de seguridad ciudadana', en: 'Policy note: a local citizen-security plan' },
          prompt: `Redacte una **nota de política de hasta tres páginas** dirigida a una autoridad municipal o nacional de su país, que proponga un plan local de seguridad ciudadana para un municipio o distrito que usted conozca.

La nota debe incluir:

1. Diagnóstico breve con al menos dos fuentes de datos (una administrativa y una de percepción o victimización).
2. Dos o tres problemas priorizados y la justificación de esa priorización.
3. Intervenciones propuestas que combinen prevención, control legítimo y justicia, con sustento en la evidencia del curso.
4. Mecanismo de coordinación, participación comunitaria e indicadores de seguimiento.`,
          dueDaysAfterStart: 140,
          completion: { kind: 'accepted_submission' },
          rubric: [
            { criterion: 'Diagnóstico sustentado en datos y desagregado cuando corresponde', maxScore: 5 },
            { criterion: 'Priorización clara y justificada', maxScore: 5 },
            { criterion: 'Intervenciones coherentes con la evidencia y el enfoque de derechos', maxScore: 5 },
            { criterion: 'Gobernanza, participación e indicadores bien definidos', maxScore: 5 },
          ],
        },
      ],
    },
  ],
};

// ---- 2. Evaluación de impacto de políticas de seguridad ciudadana ----

const evaluacionImpacto: DemoCourse = {
  slug: 'evaluacion-impacto-politicas',
  title: { es: 'Evaluación de impacto de políticas de seguridad ciudadana', en: 'Impact assessment of citizen-security policies' },
  summary: {
    es: 'Introduce la lógica causal de la evaluación de impacto —teoría de cambio, contrafactual y sesgo de selección— y los principales diseños experimentales y cuasi-experimentales, con ejemplos de programas de prevención y de policía. Está pensado para quienes encargan, gestionan o usan evaluaciones para decidir sobre programas y presupuesto.',
    en: 'Introduces the causal logic of impact evaluation (theory of change, the counterfactual and selection bias) and the main experimental and quasi-experimental designs, with examples from prevention and policing programmes. It is aimed at those who commission, manage or use evaluations to make programme and budget decisions.',
  },
  topics: ['evaluación', 'evidencia', 'políticas públicas', 'datos', 'prevención'],
  status: 'published',
  modules: [
    {
      title: { es: 'Por qué evaluar: teoría de cambio y cadena de resultados', en: 'Why evaluate: theory of change and results chain' },
      summary: 'Diferencias entre monitoreo y evaluación, el contrafactual y la construcción de una teoría de cambio.',
      lessons: [
        {
          kind: 'text',
          title: { es: 'Monitoreo, evaluación y evaluación de impacto', en: 'Monitoring, evaluation and impact evaluation' },
          body: `## Tres preguntas distintas

- **Monitoreo**: ¿estamos haciendo lo que planificamos? Sigue de forma continua insumos, actividades y productos (patrullajes realizados, jóvenes inscritos, luminarias instaladas).
- **Evaluación de procesos**: ¿el programa se implementa como fue diseñado? ¿Por qué sí o por qué no?
- **Evaluación de impacto**: ¿qué cambió en los resultados *a causa* del programa? Es una pregunta causal.

## El problema del contrafactual

El impacto es la diferencia entre lo que ocurrió con el programa y lo que habría ocurrido sin él. Ese segundo escenario —el contrafactual— nunca se observa, por lo que debe estimarse con un grupo de comparación que se parezca al grupo tratado en todo, salvo en la participación.

- Comparar **antes y después** confunde el efecto del programa con las tendencias generales (por ejemplo, una baja nacional del delito).
- Comparar **participantes con no participantes** confunde el efecto con las razones por las que unos participan y otros no: es el **sesgo de selección**.

## Cadena de resultados y teoría de cambio

La cadena de resultados ordena la lógica del programa: insumos → actividades → productos → resultados intermedios → impactos.

La **teoría de cambio** añade los supuestos que conectan cada eslabón. Un programa de empleo juvenil, por ejemplo, supone que los participantes completarán la formación, que habrá demanda laboral y que el ingreso legal reducirá la participación en actividades delictivas. Si un supuesto falla, la evaluación debe poder detectarlo.

## Buenos indicadores

Un indicador de impacto debe ser específico, medible, atribuible, realista y con plazo definido. En seguridad conviene combinar registros administrativos con encuestas, porque un programa exitoso puede *aumentar* las denuncias al mejorar la confianza.

## Cuándo vale la pena

Una evaluación de impacto tiene costos. Se justifica cuando el programa es innovador, de gran escala o presupuesto, cuando se piensa ampliar o cuando existe una controversia relevante para la política pública. Y debe planificarse **antes** de la implementación, no al final.`,
        },
        {
          kind: 'video',
          title: { es: 'Teoría de cambio para un programa de prevención', en: 'Building a theory of change for a prevention programme' },
          durationSeconds: 720,
          transcript:
            'La especialista construye, paso a paso, la teoría de cambio de un programa de centros de alcance juvenil. Parte del problema (jóvenes fuera de la escuela en barrios con alta violencia), define el impacto esperado y retrocede hasta los productos y actividades. En cada flecha pregunta qué debe ser cierto para que el cambio ocurra y cómo se verificaría. Muestra que varios supuestos, como la asistencia regular de los jóvenes de mayor riesgo, suelen ser los más débiles. Concluye que la teoría de cambio es la base para elegir indicadores y diseñar la evaluación.',
        },
        {
          kind: 'reading',
          title: { es: 'La evaluación de impacto en la práctica', en: 'Impact Evaluation in Practice' },
          citation:
            'Gertler, P. J., Martínez, S., Premand, P., Rawlings, L. B. y Vermeersch, C. M. J. (2017). La evaluación de impacto en la práctica (2.ª ed.). Washington, DC: Banco Interamericano de Desarrollo y Banco Mundial. Capítulos 1 a 3.',
          url: 'https://publications.iadb.org',
        },
        {
          kind: 'resource',
          title: { es: 'Plantilla: teoría de cambio y marco de resultados', en: 'Template: theory of change and results framework' },
          resourceType: 'document',
        },
      ],
      activities: [
        {
          kind: 'submission',
          title: { es: 'Teoría de cambio de un programa de su institución', en: 'Theory of change for a programme in your institution' },
          prompt: `Elija un programa o proyecto de seguridad ciudadana de su institución (o uno que conozca bien) y, usando la plantilla del módulo, elabore:

1. El **problema** que atiende y la población o el territorio objetivo.
2. La **cadena de resultados** completa, de insumos a impactos.
3. Al menos **cuatro supuestos** críticos y cómo podría verificarse cada uno.
4. **Tres indicadores** (uno de producto, uno de resultado intermedio y uno de impacto), con su fuente de datos.

Extensión: un diagrama y hasta una página de texto.`,
          dueDaysAfterStart: 32,
          completion: { kind: 'accepted_submission' },
          rubric: [
            { criterion: 'Problema y población objetivo claramente delimitados', maxScore: 2 },
            { criterion: 'Cadena de resultados lógica y completa', maxScore: 3 },
            { criterion: 'Supuestos pertinentes y verificables', maxScore: 3 },
            { criterion: 'Indicadores bien definidos con fuente de datos', maxScore: 2 },
          ],
        },
      ],
    },
    {
      title: { es: 'El contrafactual y los diseños experimentales', en: 'The counterfactual and experimental designs' },
      summary: 'Asignación aleatoria, variantes útiles en seguridad, potencia estadística, efectos de derrame y ética.',
      lessons: [
        {
          kind: 'text',
          title: { es: 'La asignación aleatoria', en: 'Random assignment' },
          body: `## Por qué aleatorizar

Cuando la participación se asigna por sorteo, los grupos de tratamiento y de control son, en promedio, iguales en todas sus características, observables y no observables. Cualquier diferencia posterior en los resultados puede atribuirse al programa. Por eso los ensayos controlados aleatorios (ECA) son el diseño de referencia.

## Variantes útiles en seguridad ciudadana

- **Aleatorización individual**: entre jóvenes elegibles para un programa de terapia cognitivo-conductual cuando hay más postulantes que cupos.
- **Aleatorización por conglomerados**: se sortean unidades completas —segmentos de calle, colonias, escuelas, municipios— cuando la intervención actúa sobre lugares o hay riesgo de contaminación entre individuos.
- **Implementación escalonada**: todos reciben el programa, pero el orden de entrada se sortea; quienes esperan sirven de comparación temporal.
- **Diseño de incentivo**: se sortea la invitación o promoción, no el acceso.

## Tamaño de muestra y potencia

Antes de empezar hay que calcular cuántas unidades se necesitan para detectar un efecto realista (**efecto mínimo detectable**). Los delitos son eventos poco frecuentes y muy variables, y la correlación dentro de los conglomerados reduce la información efectiva. Muchas evaluaciones no encuentran efectos no porque el programa falle, sino porque la muestra era demasiado pequeña.

## Efectos de derrame

En intervenciones territoriales el delito puede **desplazarse** a lugares vecinos o, al contrario, puede haber **difusión de beneficios**. El diseño debe medir lo que ocurre en las zonas aledañas.

## Ética y gestión

- Sortear es una forma justa de asignar cuando los recursos no alcanzan para todos.
- Se requiere consentimiento informado al recolectar datos de personas y protocolos para no exponerlas a represalias.
- Registrar el plan de análisis antes de conocer los resultados, por ejemplo en el registro de ensayos de la American Economic Association, protege contra la búsqueda selectiva de resultados.`,
        },
        {
          kind: 'video',
          title: { es: 'Lecciones de evaluaciones aleatorias en seguridad', en: 'Lessons from randomised evaluations in security' },
          durationSeconds: 1080,
          transcript:
            'El investigador presenta dos evaluaciones aleatorias. En Bogotá, casi dos mil calles con alta concentración de delitos fueron asignadas al azar para recibir más patrullaje policial, mejores servicios municipales o ambos; los efectos directos fueron modestos y hubo indicios de desplazamiento de delitos contra la propiedad a calles cercanas, lo que muestra la importancia de medir derrames. En Chicago, el programa Becoming a Man, basado en terapia cognitivo-conductual, redujo de forma significativa los arrestos por delitos violentos durante la intervención. Concluye que aleatorizar es posible en seguridad si se negocia temprano con las instituciones y se cuida la ética.',
        },
        {
          kind: 'reading',
          title: { es: 'Running Randomized Evaluations (J-PAL)', en: 'Running Randomized Evaluations (J-PAL)' },
          citation:
            'Glennerster, R. y Takavarasha, K. (2013). Running Randomized Evaluations: A Practical Guide. Princeton, NJ: Princeton University Press.',
          url: 'https://www.povertyactionlab.org',
        },
        {
          kind: 'reading',
          title: { es: 'Intervenciones territoriales a escala en Bogotá', en: 'Place-based interventions at scale in Bogotá' },
          citation:
            'Blattman, C., Green, D. P., Ortega, D. y Tobón, S. (2021). Place-Based Interventions at Scale: The Direct and Spillover Effects of Policing and City Services on Crime. Journal of the European Economic Association, 19(4), 2022-2051.',
        },
      ],
      activities: [
        {
          kind: 'forum',
          title: { es: '¿Es ético y viable aleatorizar en su país?', en: 'Is randomisation ethical and feasible in your country?' },
          prompt: `Piense en un programa de su país que tenga **más demanda que cupos** o que se vaya a ampliar por etapas.

- ¿Sería aceptable asignar los cupos o el orden de entrada por sorteo? ¿Quién tendría que aprobarlo?
- ¿Qué objeciones éticas, legales o políticas anticipa y cómo las respondería?
- ¿Qué datos existen ya para medir los resultados?

Publique su caso y **responda a dos colegas de otros países**, comparando los marcos institucionales (comités de ética, normas de protección de datos, prácticas de los ministerios).`,
          dueDaysAfterStart: 60,
          completion: { kind: 'forum_posts', replies: 2 },
        },
      ],
    },
    {
      title: { es: 'Métodos cuasi-experimentales', en: 'Quasi-experimental methods' },
      summary: 'Diferencias en diferencias, regresión discontinua, pareamiento, variables instrumentales y control sintético.',
      lessons: [
        {
          kind: 'text',
          title: { es: 'Diseños cuasi-experimentales y sus supuestos', en: 'Quasi-experimental designs and their assumptions' },
          body: `Cuando no es posible sortear, existen métodos que construyen un grupo de comparación creíble. Todos descansan en **supuestos** que deben explicitarse y, en lo posible, verificarse. Como recuerdan Gertler y coautores, el método lo determina la **regla de asignación** del programa.

### Diferencias en diferencias

Compara el cambio en el tiempo del grupo tratado con el cambio del grupo de comparación. Supuesto clave: **tendencias paralelas**, es decir, sin el programa ambos grupos habrían evolucionado igual. Se fortalece con varios periodos previos. Ejemplo: barrios de Medellín beneficiados por el Metrocable frente a barrios similares sin esa inversión.

### Regresión discontinua

Sirve cuando la elegibilidad depende de un umbral en un puntaje continuo, por ejemplo, municipios priorizados por tener una tasa de homicidios superior a cierto valor o jóvenes con un puntaje de riesgo mayor a un corte. Se comparan las unidades justo por encima y justo por debajo. Supuestos: el puntaje no puede manipularse y el efecto estimado es local, válido cerca del umbral.

### Pareamiento

Construye un grupo de comparación con características observables similares, a menudo mediante el puntaje de propensión. Supuesto fuerte: no hay diferencias **no observadas** que influyan en la participación y en el resultado. Requiere datos de línea de base ricos y soporte común.

### Variables instrumentales

Aprovechan un factor que afecta la participación pero no el resultado por otra vía, como la distancia a un centro de servicios asignada por razones administrativas. Encontrar un instrumento válido es difícil.

### Control sintético

Cuando se interviene una sola unidad (una ciudad, un país), se construye una combinación ponderada de unidades no tratadas que reproduce su trayectoria previa. Es útil para evaluar reformas legales o estrategias nacionales.

## Recomendaciones

- Decidir el diseño **antes** de iniciar el programa y asegurar datos de línea de base.
- Combinar el análisis cuantitativo con evaluación de procesos para entender el porqué de los resultados.`,
        },
        {
          kind: 'video',
          title: { es: 'Diferencias en diferencias: el Metrocable de Medellín', en: 'Difference-in-differences: Medellín Metrocable' },
          durationSeconds: 840,
          transcript:
            'La experta analiza el estudio de Cerdá y coautores sobre la construcción del Metrocable y las obras urbanas asociadas en barrios de Medellín. Explica cómo se seleccionaron barrios de comparación con características similares antes de la intervención y cómo se midieron homicidios y percepción en ambos grupos antes y después. El resultado fue una reducción de homicidios significativamente mayor en los barrios intervenidos. Enseguida discute las limitaciones: el supuesto de tendencias paralelas, otras intervenciones simultáneas y la dificultad de separar el efecto del transporte del de las demás inversiones urbanas.',
        },
        {
          kind: 'reading',
          title: { es: 'Transformar barrios para reducir la violencia', en: 'Transforming neighbourhoods: Medellín' },
          citation:
            'Cerdá, M., Morenoff, J. D., Hansen, B. B., Tessari Hicks, K. J., Duque, L. F., Restrepo, A. y Diez-Roux, A. V. (2012). Reducing violence by transforming neighborhoods: A natural experiment in Medellín, Colombia. American Journal of Epidemiology, 175(10), 1045-1053.',
        },
        {
          kind: 'reading',
          title: { es: 'Prevención comunitaria en Centroamérica (LAPOP)', en: 'Community-based prevention in Central America (LAPOP)' },
          citation:
            "Berk-Seligson, S., Orcés, D., Pizzolitto, G., Seligson, M. A. y Wilson, C. J. (2014). Impact Evaluation of USAID's Community-Based Crime and Violence Prevention Approach in Central America: Regional Report for El Salvador, Guatemala, Honduras and Panama. Nashville, TN: Latin American Public Opinion Project, Vanderbilt University.",
        },
      ],
      activities: [
        {
          kind: 'submission',
          title: { es: 'Elegir un diseño de evaluación', en: 'Choosing an evaluation design' },
          prompt: `Un ministerio prioriza **40 municipios** para un programa de prevención con base en un índice que combina tasa de homicidios, denuncias de violencia intrafamiliar y deserción escolar. Los municipios con índice superior a 0,65 entran al programa este año; el resto, quizás en dos años. Hay registros mensuales de delitos de los últimos cinco años para todos los municipios del país.

Responda en un máximo de dos páginas:

1. ¿Qué diseño o combinación de diseños propondría y por qué?
2. ¿Cuáles son sus supuestos y cómo los verificaría con los datos disponibles?
3. ¿Qué indicadores de impacto usaría y qué riesgos de medición ve?
4. ¿Qué cambiaría en el despliegue del programa para fortalecer la evaluación?`,
          dueDaysAfterStart: 96,
          completion: { kind: 'accepted_submission' },
          rubric: [
            { criterion: 'El diseño propuesto es coherente con la regla de asignación', maxScore: 4 },
            { criterion: 'Explicita los supuestos y propone formas de verificarlos', maxScore: 3 },
            { criterion: 'Indicadores y riesgos de medición pertinentes', maxScore: 3 },
          ],
        },
      ],
    },
    {
      title: { es: 'De la evidencia a la decisión', en: 'From evidence to decision' },
      summary: 'Síntesis de evidencia, validez externa, costos, gestión de evaluaciones e institucionalización.',
      lessons: [
        {
          kind: 'text',
          title: { es: 'Usar la evidencia para decidir', en: 'Using evidence to decide' },
          body: `## No todos los estudios pesan igual

Un solo estudio puede ser un hallazgo aislado. Las **revisiones sistemáticas** y los metaanálisis —como los de la Campbell Collaboration— reúnen toda la evidencia disponible sobre una intervención con criterios explícitos. Los **mapas de brechas de evidencia** de 3ie muestran dónde hay estudios y dónde faltan. La Escala de Métodos Científicos de Maryland (Sherman y coautores, 1997) clasifica los estudios del 1 (correlación simple) al 5 (asignación aleatoria), y sigue siendo una referencia útil para juzgar su rigor.

## ¿Funcionará aquí?

La **validez externa** depende de la población, del contexto institucional y de la capacidad de quien implementa. Un programa eficaz en una ciudad de otro país puede fracasar si se copia sin adaptar. Buenas prácticas:

- Identificar los **mecanismos** por los que funcionó y verificar que existan en el nuevo contexto.
- Pilotear y evaluar antes de escalar.
- Documentar la fidelidad de la implementación.

## Costos y efectividad

Para decidir entre alternativas no basta saber si algo funciona: importa **cuánto cuesta** lograr el efecto. El análisis de costo-efectividad (costo por delito evitado) y el de costo-beneficio, que puede apoyarse en estimaciones de los costos del crimen como las del BID, permiten comparar opciones.

## Encargar una evaluación

Términos de referencia sólidos incluyen:

1. Pregunta de evaluación precisa y ligada a una decisión.
2. Diseño definido antes de la implementación y línea de base.
3. Acuerdos de acceso a datos administrativos con protección de la confidencialidad.
4. Independencia del equipo evaluador.
5. Compromiso de publicar los resultados, también los nulos o negativos.

## Institucionalizar

Las unidades de evaluación en ministerios, la vinculación de resultados con el ciclo presupuestario y la publicación sistemática de informes convierten la evaluación en una práctica, no en un evento aislado.`,
        },
        {
          kind: 'video',
          title: { es: 'Encargar y gestionar una evaluación desde el ministerio', en: 'Commissioning an evaluation from a ministry' },
          durationSeconds: 900,
          transcript:
            'Una exviceministra relata su experiencia encargando la evaluación de un programa nacional de prevención. Explica que el mayor obstáculo no fue técnico sino de calendario: el programa ya estaba en marcha y no había línea de base. Cuenta cómo se negoció el acceso a los registros policiales y se resguardó la confidencialidad. Reconoce que los resultados fueron mixtos y que publicarlos generó debate, pero permitió rediseñar el componente menos eficaz. Recomienda crear una pequeña unidad de evaluación con presupuesto propio y planificar las evaluaciones junto con el diseño de cada programa.',
        },
        {
          kind: 'reading',
          title: { es: 'Preventing Crime: qué funciona y qué no', en: 'Preventing Crime: What Works' },
          citation:
            "Sherman, L. W., Gottfredson, D., MacKenzie, D., Eck, J., Reuter, P. y Bushway, S. (1997). Preventing Crime: What Works, What Doesn't, What's Promising. A Report to the United States Congress. Washington, DC: National Institute of Justice.",
        },
        {
          kind: 'resource',
          title: { es: 'Portal de evidencia para el desarrollo (3ie)', en: 'Development Evidence Portal (3ie)' },
          url: 'https://developmentevidence.3ieimpact.org',
          resourceType: 'website',
        },
      ],
      activities: [
        {
          kind: 'forum',
          title: { es: '¿Cómo llega la evidencia al presupuesto?', en: 'How does evidence reach the budget?' },
          prompt: `Describa cómo se decide en su país **ampliar, reducir o cerrar** un programa de seguridad ciudadana.

- ¿Existe una unidad o un sistema de evaluación? ¿Quién lo financia?
- Mencione un caso en que una evaluación haya influido, o no, en una decisión.
- ¿Qué cambio institucional concreto propondría?

Comente **al menos dos aportes de colegas de otros países** e identifique una práctica que podría adoptar su institución.`,
          dueDaysAfterStart: 132,
          completion: { kind: 'forum_posts', replies: 2 },
        },
      ],
    },
  ],
};

// ---- 3. Curso introductorio de ciberseguridad ----

const ciberseguridad: DemoCourse = {
  slug: 'introduccion-ciberseguridad',
  title: { es: 'Curso introductorio de ciberseguridad', en: 'Introductory course on cybersecurity' },
  summary: {
    es: 'Ofrece a personas directivas y técnicas de instituciones de seguridad y justicia los fundamentos de la ciberseguridad: amenazas frecuentes, higiene digital, marco jurídico del ciberdelito y cooperación internacional. Cierra con la gestión de riesgos de la información y la respuesta a incidentes en instituciones públicas.',
    en: 'Gives senior and technical staff in security and justice institutions the foundations of cybersecurity: common threats, digital hygiene, the legal framework for cybercrime and international cooperation. It closes with information-security risk management and incident response in public institutions.',
  },
  topics: ['ciberseguridad', 'ciberdelito', 'cooperación internacional', 'evidencia digital', 'gestión de riesgos'],
  status: 'published',
  modules: [
    {
      title: { es: 'Fundamentos: amenazas, riesgos y buenas prácticas', en: 'Foundations: threats, risks and good practice' },
      summary: 'Confidencialidad, integridad y disponibilidad; amenazas frecuentes y medidas básicas para equipos directivos.',
      lessons: [
        {
          kind: 'text',
          title: { es: 'Conceptos básicos y amenazas frecuentes', en: 'Basic concepts and common threats' },
          body: `## La tríada de la seguridad de la información

- **Confidencialidad**: sólo quien está autorizado accede a la información (por ejemplo, expedientes de investigación o datos de víctimas).
- **Integridad**: la información no se altera sin autorización; es esencial para la evidencia digital.
- **Disponibilidad**: los sistemas funcionan cuando se necesitan, como el despacho de emergencias o el registro de denuncias.

Un **riesgo** surge cuando una **amenaza** puede aprovechar una **vulnerabilidad** de un activo valioso. Gestionar riesgos es priorizar: no todo puede protegerse al mismo nivel.

## Amenazas frecuentes en instituciones públicas

- **Phishing** y suplantación: correos o mensajes que imitan a una autoridad o a un proveedor para robar credenciales o instalar software malicioso. Es la puerta de entrada más común.
- **Ransomware**: cifra los sistemas y exige un rescate; hoy suele combinarse con el robo y la amenaza de publicación de datos (doble extorsión).
- **Fraude del CEO o compromiso de correo institucional**: instrucciones falsas de pago o de envío de información que parecen venir de la jefatura.
- **Robo de credenciales** y reutilización de contraseñas filtradas.
- **Denegación de servicio** contra sitios web institucionales.
- **Amenaza interna**: personal que abusa de su acceso, por descuido o intencionalmente.

## Higiene digital para equipos directivos

1. Activar la **autenticación multifactor** en el correo y en los sistemas críticos.
2. Mantener sistemas y teléfonos **actualizados**.
3. Usar un **gestor de contraseñas** y no reutilizar claves.
4. Verificar por **otro canal** cualquier solicitud urgente de pago o de datos.
5. Aplicar el **mínimo privilegio**: cada persona accede sólo a lo que necesita.
6. Mantener **respaldos** según la regla 3-2-1 (tres copias, dos soportes, una fuera de línea) y probar su restauración.
7. Reportar de inmediato cualquier incidente sospechoso: la rapidez reduce el daño.

La ciberseguridad es ante todo una responsabilidad de la dirección, no sólo del área de informática.`,
        },
        {
          kind: 'video',
          title: { es: 'El ataque de ransomware contra el Estado costarricense (2022)', en: 'The 2022 ransomware attack on Costa Rica' },
          durationSeconds: 1020,
          transcript:
            'El experto reconstruye la crisis de 2022 en Costa Rica. En abril, el grupo Conti comprometió sistemas del Ministerio de Hacienda y de otras instituciones, y en mayo el gobierno declaró una emergencia nacional; semanas después, otro ataque de ransomware afectó a la Caja Costarricense de Seguro Social. Explica cómo se vieron afectados servicios como las aduanas, la recaudación y la atención de salud. Extrae lecciones: segmentar redes, mantener respaldos fuera de línea, tener planes de respuesta ensayados, coordinar con el CSIRT nacional y comunicar a la ciudadanía de forma transparente.',
        },
        {
          kind: 'reading',
          title: { es: 'Reporte Ciberseguridad 2020 (BID y OEA)', en: 'Cybersecurity Report 2020 (IDB and OAS)' },
          citation:
            'Banco Interamericano de Desarrollo y Organización de los Estados Americanos (2020). Reporte Ciberseguridad 2020: riesgos, avances y el camino a seguir en América Latina y el Caribe. Washington, DC: BID y OEA.',
          url: 'https://publications.iadb.org',
        },
      ],
      activities: [
        {
          kind: 'submission',
          title: { es: 'Autoevaluación de riesgos de su unidad', en: 'Risk self-assessment of your unit' },
          prompt: `Elabore una **matriz de riesgos sencilla** para la unidad en la que trabaja (sin incluir datos sensibles ni nombres de sistemas internos).

1. Identifique **tres activos de información** críticos (por ejemplo, base de denuncias, correo institucional, expedientes).
2. Para cada uno, indique una amenaza probable, la vulnerabilidad que podría aprovechar y el impacto en confidencialidad, integridad o disponibilidad.
3. Califique probabilidad e impacto (bajo, medio, alto).
4. Proponga **dos medidas** de la sección de higiene digital del módulo que aplicaría en los próximos tres meses y quién sería responsable.`,
          dueDaysAfterStart: 36,
          completion: { kind: 'accepted_submission' },
          rubric: [
            { criterion: 'Activos, amenazas y vulnerabilidades bien identificados', maxScore: 4 },
            { criterion: 'Valoración de probabilidad e impacto razonada', maxScore: 3 },
            { criterion: 'Medidas concretas, priorizadas y con responsable', maxScore: 3 },
          ],
        },
      ],
    },
    {
      title: { es: 'Ciberdelito y marco jurídico internacional', en: 'Cybercrime and the international legal framework' },
      summary: 'Tipos de ciberdelito, el Convenio de Budapest, sus protocolos y la cooperación internacional.',
      lessons: [
        {
          kind: 'text',
          title: { es: 'El Convenio de Budapest y la cooperación internacional', en: 'The Budapest Convention and cooperation' },
          body: `## Qué es el ciberdelito

El Convenio del Consejo de Europa sobre la Ciberdelincuencia (Budapest, 2001) organiza los delitos en cuatro grupos:

- **Contra la confidencialidad, integridad y disponibilidad** de datos y sistemas: acceso ilícito, interceptación ilícita, interferencia en los datos o en el sistema y abuso de dispositivos.
- **Informáticos**: falsificación y fraude informático.
- **Relacionados con el contenido**: en particular, material de abuso sexual infantil.
- **Infracciones de la propiedad intelectual** y derechos afines.

A ello se suman los delitos tradicionales (extorsión, trata, narcotráfico) cuya prueba está cada vez más en dispositivos y servicios en línea.

## Qué aporta el Convenio

1. **Armonización** de los tipos penales, para que una conducta sea delito en ambos países.
2. **Facultades procesales**: conservación rápida de datos, órdenes de presentación, registro y decomiso de datos informáticos y obtención de datos de tráfico, sujetas a las garantías y salvaguardias del artículo 15.
3. **Cooperación internacional**: asistencia mutua y una **Red 24/7** de puntos de contacto disponibles de forma permanente para solicitudes urgentes.

El Convenio está abierto a Estados que no son miembros del Consejo de Europa. En la región, Costa Rica y la República Dominicana son Partes; conviene consultar el estado actualizado de firmas y adhesiones en el sitio del Consejo de Europa. El Primer Protocolo Adicional (2003) trata la difusión de material racista y xenófobo, y el Segundo Protocolo Adicional (2022) regula la cooperación reforzada y la divulgación de pruebas electrónicas, incluida la cooperación directa con proveedores de servicios.

## Otros marcos

En diciembre de 2024, la Asamblea General de las Naciones Unidas adoptó una Convención contra la Ciberdelincuencia, que se abrió a la firma en 2025. Ambos instrumentos conviven, y la calidad de la cooperación depende, en la práctica, de autoridades centrales capacitadas y de leyes nacionales que respeten los derechos humanos.

## Por qué importa para la gestión

La evidencia digital es volátil: un registro que no se solicita a tiempo se pierde. Contar con puntos de contacto formados y con procedimientos claros para la conservación de datos es tan importante como la ley misma.`,
        },
        {
          kind: 'video',
          title: { es: 'La Red 24/7 y la conservación de datos en la práctica', en: 'The 24/7 Network and data preservation' },
          durationSeconds: 900,
          transcript:
            'Una fiscal especializada en delitos informáticos explica, con un caso de extorsión por redes sociales, el recorrido de una solicitud internacional. Primero se pide la conservación urgente de los datos al proveedor o a la Red 24/7, para evitar que se borren; después se tramita la solicitud formal de asistencia para obtenerlos como prueba. Detalla la información mínima que debe contener una solicitud: identificadores precisos, periodo, fundamento legal y urgencia. Advierte sobre errores que hacen perder casos, como solicitudes demasiado amplias o la falta de cadena de custodia al recibir la información.',
        },
        {
          kind: 'reading',
          title: { es: 'Convenio sobre la Ciberdelincuencia (Budapest)', en: 'Convention on Cybercrime (Budapest)' },
          citation:
            'Consejo de Europa (2001). Convenio sobre la Ciberdelincuencia. Serie de Tratados Europeos n.º 185. Budapest, 23 de noviembre de 2001.',
          url: 'https://www.coe.int/en/web/cybercrime',
        },
      ],
      activities: [
        {
          kind: 'forum',
          title: { es: 'Marcos nacionales contra el ciberdelito', en: 'National frameworks against cybercrime' },
          prompt: `Investigue y comparta:

- ¿Qué ley o leyes tipifican los delitos informáticos en su país y desde cuándo?
- ¿Su país es Parte del Convenio de Budapest, ha sido invitado a adherirse o no participa? ¿Y respecto de la convención de las Naciones Unidas?
- ¿Qué institución funciona como punto de contacto para la cooperación urgente y qué unidad investiga estos delitos?

**Responda a dos colegas de otros países**: ¿qué diferencias observa que podrían dificultar una investigación conjunta entre sus países?`,
          dueDaysAfterStart: 72,
          completion: { kind: 'forum_posts', replies: 2 },
        },
      ],
    },
    {
      title: { es: 'Gestión de la seguridad de la información e incidentes', en: 'Information-security management and incidents' },
      summary: 'Sistemas de gestión (ISO/IEC 27001, NIST CSF), principios de la OCDE, respuesta a incidentes y evidencia digital.',
      lessons: [
        {
          kind: 'text',
          title: { es: 'Gestionar la seguridad de la información', en: 'Managing information security' },
          body: `## Un enfoque de gestión, no sólo técnico

La Recomendación de la OCDE sobre la gestión del riesgo de seguridad digital (2015) establece que el riesgo digital es un **riesgo económico y social** que debe gestionarse desde la dirección, integrado en la toma de decisiones, con responsabilidad, respeto de los derechos humanos y cooperación.

## ISO/IEC 27001

La norma ISO/IEC 27001 define los requisitos de un **sistema de gestión de seguridad de la información** (SGSI). Sus elementos clave:

- Definir el **alcance** y el contexto de la organización.
- Realizar una **evaluación de riesgos** y decidir cómo tratarlos.
- Seleccionar controles y justificarlos en una **declaración de aplicabilidad**. En la versión de 2022, el Anexo A agrupa 93 controles en cuatro temas: organizacionales, de personas, físicos y tecnológicos.
- Medir, auditar y mejorar de forma continua.

## Marco de ciberseguridad del NIST

La versión 2.0 (2024) organiza las capacidades en seis funciones: **gobernar, identificar, proteger, detectar, responder y recuperar**. Es útil para que una institución evalúe su nivel actual y defina un perfil objetivo.

## Respuesta a incidentes

Un plan de respuesta puede seguir el ciclo clásico de la guía NIST SP 800-61 (revisión 2):

1. **Preparación**: roles, contactos, inventario de activos y ejercicios.
2. **Detección y análisis**: confirmar el incidente y estimar su alcance.
3. **Contención, erradicación y recuperación**: aislar sistemas, eliminar la amenaza y restaurar desde respaldos confiables.
4. **Actividades posteriores**: lecciones aprendidas y mejoras.

Debe prever la notificación al **CSIRT nacional** o sectorial y, cuando corresponda, a la fiscalía y a las personas afectadas.

## Evidencia digital

Si el incidente puede ser delito, la actuación debe preservar la prueba: la norma ISO/IEC 27037 orienta la identificación, recolección, adquisición y preservación de evidencia digital. Principios básicos: no trabajar sobre el original, calcular funciones hash para demostrar integridad y documentar la **cadena de custodia** desde el primer momento.`,
        },
        {
          kind: 'video',
          title: { es: 'Ejercicio de mesa: las primeras 24 horas de un incidente', en: 'Tabletop exercise: the first 24 hours' },
          durationSeconds: 1140,
          transcript:
            'El facilitador conduce un ejercicio de mesa con un equipo directivo ficticio: un viernes por la noche, el sistema de registro de denuncias aparece cifrado y hay una nota de rescate. Hora por hora, el equipo decide quién convoca, cómo se aíslan los sistemas, cuándo se notifica al CSIRT nacional y a la fiscalía, y qué se comunica al público. El facilitador destaca decisiones críticas: no apagar equipos sin orientación forense, verificar la integridad de los respaldos antes de restaurar y mantener un registro de cada acción. Concluye que los ejercicios periódicos revelan vacíos que ningún documento muestra.',
        },
        {
          kind: 'reading',
          title: { es: 'ISO/IEC 27001:2022', en: 'ISO/IEC 27001:2022' },
          citation:
            'International Organization for Standardization e International Electrotechnical Commission (2022). ISO/IEC 27001:2022. Seguridad de la información, ciberseguridad y protección de la privacidad. Sistemas de gestión de la seguridad de la información. Requisitos. Ginebra: ISO.',
          url: 'https://www.iso.org/standard/27001',
        },
        {
          kind: 'reading',
          title: { es: 'Gestión del riesgo de seguridad digital (OCDE)', en: 'Digital Security Risk Management (OECD)' },
          citation:
            'OCDE (2015). Digital Security Risk Management for Economic and Social Prosperity: OECD Recommendation and Companion Document. París: OECD Publishing.',
        },
        {
          kind: 'resource',
          title: { es: 'Marco de Ciberseguridad del NIST (CSF 2.0)', en: 'NIST Cybersecurity Framework (CSF 2.0)' },
          url: 'https://www.nist.gov/cyberframework',
          resourceType: 'website',
        },
      ],
      activities: [
        {
          kind: 'submission',
          title: { es: 'Plan básico de respuesta a incidentes', en: 'Basic incident-response plan' },
          prompt: `Redacte un **plan básico de respuesta a incidentes** (máximo tres páginas) para su institución o una institución ficticia similar.

Incluya:

1. Roles y responsabilidades (quién decide, quién ejecuta, quién comunica), sin nombres de personas.
2. Criterios para clasificar la gravedad de un incidente.
3. Pasos para las primeras 24 horas ante un ataque de ransomware, incluida la preservación de evidencia.
4. A quién se notifica (CSIRT, fiscalía, autoridad de protección de datos, personas afectadas) y en qué plazo.
5. Cómo y cada cuánto se pondrá a prueba el plan.`,
          dueDaysAfterStart: 112,
          completion: { kind: 'accepted_submission' },
          rubric: [
            { criterion: 'Roles y clasificación de gravedad claros', maxScore: 3 },
            { criterion: 'Secuencia de respuesta correcta y preservación de evidencia', maxScore: 4 },
            { criterion: 'Notificaciones y comunicación adecuadas al marco legal', maxScore: 2 },
            { criterion: 'Mecanismo de prueba y mejora continua', maxScore: 1 },
          ],
        },
      ],
    },
  ],
};

// ---- 4. Gestión de información para la seguridad ciudadana, con enfoque de género e interseccional ----

const gestionInformacionGenero: DemoCourse = {
  slug: 'gestion-informacion-genero',
  title: {
    es: 'Gestión de información para la seguridad ciudadana, con enfoque de género e interseccional',
    en: 'Information management for citizen security, with a gender and intersectional approach',
  },
  summary: {
    es: 'Aborda cómo producir, integrar y proteger información sobre violencia y delito que haga visibles las diferencias por género, edad, etnia, discapacidad, diversidad sexual, migración y territorio. Combina el análisis de registros administrativos y encuestas de victimización con estándares internacionales de calidad, clasificación y confidencialidad de los datos.',
    en: 'Covers how to produce, integrate and protect data on violence and crime so that differences by gender, age, ethnicity, disability, sexual diversity, migration and territory become visible. It combines the analysis of administrative records and victimisation surveys with international standards for data quality, classification and confidentiality.',
  },
  topics: ['género', 'interseccionalidad', 'datos', 'registros administrativos', 'violencia contra las mujeres'],
  status: 'published',
  modules: [
    {
      title: { es: 'Por qué un enfoque de género e interseccional', en: 'Why data needs a gender and intersectional approach' },
      summary: 'Diferencias de victimización por género, interseccionalidad y marco normativo internacional.',
      lessons: [
        {
          kind: 'text',
          title: { es: 'Lo que los promedios ocultan', en: 'What averages hide' },
          body: `## Victimización diferenciada

Los datos de homicidio muestran patrones muy distintos según el sexo de la víctima. De acuerdo con los estudios mundiales de UNODC, cerca de ocho de cada diez víctimas de homicidio son hombres, en su mayoría jóvenes y en el espacio público. En cambio, más de la mitad de las mujeres víctimas de homicidio muere a manos de su pareja, expareja o un familiar, con frecuencia en el hogar y tras episodios previos de violencia. Un sistema de información que sólo cuente homicidios totales no distingue estos fenómenos y, por lo tanto, no orienta respuestas distintas.

## Interseccionalidad

Kimberlé Crenshaw (1989) acuñó el término para describir cómo la discriminación por género y por raza se combinan y producen experiencias que no se explican por cada factor por separado. En seguridad ciudadana esto significa preguntarse, por ejemplo:

- ¿Denuncian igual las mujeres indígenas que hablan sólo su idioma materno?
- ¿Se registra la violencia contra personas LGBTI o queda oculta en categorías genéricas?
- ¿Llegan los servicios a mujeres con discapacidad, migrantes o que viven en zonas rurales?
- ¿Cómo afecta la violencia a las personas afrodescendientes en la República Dominicana o en la costa caribe centroamericana?

## Marco normativo

Los Estados de la región han asumido compromisos que requieren datos desagregados: la **Convención de Belém do Pará** (1994), cuyo artículo 8 pide investigaciones y estadísticas sobre la violencia contra las mujeres y cuyo seguimiento realiza el MESECVI; la **CEDAW**; y la **Agenda 2030**, con indicadores como el 5.2.1 (violencia de pareja) y el 16.1.1 (homicidio por sexo y edad).

## Consecuencias prácticas

1. Registrar **sexo y edad** como mínimo en todas las fuentes, y avanzar hacia etnia, discapacidad, nacionalidad y relación entre víctima y agresor.
2. Analizar los cruces de variables, no sólo cada variable por separado.
3. Reconocer que los datos oficiales subestiman las violencias menos denunciadas.
4. Proteger la identidad de las personas cuando los grupos son pequeños.`,
        },
        {
          kind: 'video',
          title: { es: 'Femicidio y feminicidio: lo que muestran los datos regionales', en: 'Femicide: what regional data show' },
          durationSeconds: 840,
          transcript:
            'La experta presenta los datos del Observatorio de Igualdad de Género de la CEPAL, que cada año reporta miles de víctimas de femicidio o feminicidio en América Latina y el Caribe, y donde Honduras ha figurado de forma reiterada entre los países con las tasas más altas. Explica que las cifras no son directamente comparables, porque las leyes definen el delito de manera distinta y algunos países sólo cuentan los casos de pareja. Propone complementar el dato judicial con el registro de todas las muertes violentas de mujeres, y analizar edad, territorio y antecedentes de denuncia.',
        },
        {
          kind: 'resource',
          title: { es: 'Observatorio de Igualdad de Género (CEPAL)', en: 'Gender Equality Observatory (ECLAC)' },
          url: 'https://oig.cepal.org/es',
          resourceType: 'dataset',
        },
        {
          kind: 'reading',
          title: { es: 'Demarginalizing the Intersection of Race and Sex', en: 'Demarginalizing the Intersection of Race and Sex' },
          citation:
            'Crenshaw, K. (1989). Demarginalizing the Intersection of Race and Sex: A Black Feminist Critique of Antidiscrimination Doctrine, Feminist Theory and Antiracist Politics. University of Chicago Legal Forum, 1989(1), 139-167.',
        },
      ],
      activities: [
        {
          kind: 'forum',
          title: { es: '¿Qué registran nuestras instituciones?', en: 'What do our institutions record?' },
          prompt: `Revise un formulario de denuncia, una ficha policial o un registro de atención que se use en su país o institución.

- ¿Qué variables de la víctima se registran (sexo, edad, etnia, discapacidad, nacionalidad, orientación sexual o identidad de género)?
- ¿Se registra la relación entre víctima y agresor y los antecedentes de violencia?
- ¿Quién decide cómo se llena cada campo: la persona declarante o el funcionario?

Comparta sus hallazgos y **compárelos con los de al menos dos colegas de otros países**. ¿Qué campo incorporaría usted a partir de lo que hacen otros países?`,
          dueDaysAfterStart: 28,
          completion: { kind: 'forum_posts', replies: 2 },
        },
      ],
    },
    {
      title: { es: 'Registros administrativos y encuestas de victimización', en: 'Administrative records and victimisation surveys' },
      summary: 'Fortalezas y límites de cada fuente, conciliación interinstitucional, clasificación ICCS y el diseño de encuestas.',
      lessons: [
        {
          kind: 'text',
          title: { es: 'Registros y encuestas: dos miradas complementarias', en: 'Records and surveys: two complementary views' },
          body: `## Registros administrativos

Policía, fiscalía, poder judicial, institutos de medicina legal, servicios de salud, líneas de atención y casas de acogida producen registros en el curso de su trabajo. Son continuos, tienen cobertura territorial y permiten seguir casos. Sus límites:

- Sólo registran lo que llega a la institución: dependen de la **denuncia**.
- Cada institución usa sus propias categorías y criterios de conteo.
- Pueden cambiar por decisiones administrativas, no por cambios reales del fenómeno.

La **conciliación interinstitucional** reduce discrepancias. En El Salvador, por ejemplo, una mesa técnica entre la Policía Nacional Civil, la Fiscalía General y el Instituto de Medicina Legal ha conciliado las cifras de homicidio; en Honduras, el Observatorio de la Violencia de la UNAH ha sido una referencia para los datos de muertes violentas. El **Protocolo de Bogotá** (2015) fijó criterios de calidad para los datos de homicidio, y la **Clasificación Internacional de Delitos con Fines Estadísticos** (ICCS) de UNODC ofrece categorías comunes que facilitan la comparación entre países.

## Encuestas de victimización

Preguntan directamente a una muestra de la población si fue víctima de delitos en un periodo de referencia, lo hayan denunciado o no. La Encuesta Nacional de Victimización y Percepción sobre Seguridad Pública (**ENVIPE**) del INEGI de México, levantada cada año desde 2011, es un referente metodológico:

- Muestra probabilística de hogares con representatividad nacional y estatal.
- Periodo de referencia: el año calendario anterior.
- Mide **prevalencia** (personas víctimas) e **incidencia** (delitos ocurridos), denuncia, percepción y desempeño institucional.
- Estima la **cifra negra**: la proporción de delitos no denunciados o que no dieron lugar a una investigación, que en las ediciones recientes de la ENVIPE ha superado el 90 %.

## Violencias que las encuestas generales no captan bien

La violencia sexual y de pareja se subestima en encuestas generales. Se requieren encuestas especializadas, con entrevistadoras capacitadas, entrevistas a solas, protocolos de seguridad y derivación a servicios, siguiendo recomendaciones éticas de la OMS.

## Triangulación

Ninguna fuente basta. Comparar tendencias entre registros y encuestas permite distinguir un cambio real de un cambio en la denuncia.`,
        },
        {
          kind: 'video',
          title: { es: 'Cómo se diseña una encuesta de victimización', en: 'How a victimisation survey is designed' },
          durationSeconds: 960,
          transcript:
            'Un estadístico con experiencia en encuestas de hogares recorre las decisiones de diseño de una encuesta de victimización tomando como ejemplo la ENVIPE. Explica cómo se define el marco muestral, por qué se selecciona a una persona informante dentro del hogar y cómo se evita el efecto telescopio al fijar con claridad el periodo de referencia. Muestra la diferencia entre prevalencia e incidencia y cómo se calcula la cifra negra. Cierra con recomendaciones para incorporar preguntas que permitan desagregar por sexo, edad, etnia y discapacidad sin comprometer la confidencialidad.',
        },
        {
          kind: 'reading',
          title: { es: 'ENVIPE: documentos metodológicos (INEGI)', en: 'ENVIPE: methodological documents (INEGI)' },
          citation:
            'Instituto Nacional de Estadística y Geografía. Encuesta Nacional de Victimización y Percepción sobre Seguridad Pública (ENVIPE): diseño muestral y documento metodológico. Aguascalientes: INEGI.',
          url: 'https://www.inegi.org.mx/programas/envipe/',
        },
        {
          kind: 'reading',
          title: { es: 'Clasificación Internacional de Delitos (ICCS)', en: 'International Classification of Crime (ICCS)' },
          citation:
            'Oficina de las Naciones Unidas contra la Droga y el Delito (2015). Clasificación Internacional de Delitos con Fines Estadísticos (ICCS), versión 1.0. Viena: UNODC.',
          url: 'https://www.unodc.org',
        },
      ],
      activities: [
        {
          kind: 'submission',
          title: { es: 'Diagnóstico de una fuente de datos', en: 'Assessment of a data source' },
          prompt: `Elija **una fuente de datos** sobre violencia o delito de su país (un registro policial, fiscal, forense o de salud, o una encuesta) y elabore un diagnóstico de hasta dos páginas:

1. Qué institución la produce, con qué propósito y con qué periodicidad.
2. Qué variables permiten un análisis de género e interseccional y cuáles faltan.
3. Principales problemas de calidad (cobertura, subregistro, categorías, duplicados, oportunidad).
4. Con qué otra fuente podría triangularse y qué acuerdo institucional haría falta.
5. Dos recomendaciones concretas de mejora.`,
          dueDaysAfterStart: 72,
          completion: { kind: 'accepted_submission' },
          rubric: [
            { criterion: 'Descripción precisa de la fuente y de su propósito', maxScore: 2 },
            { criterion: 'Análisis de variables con enfoque de género e interseccional', maxScore: 3 },
            { criterion: 'Identificación de problemas de calidad y de triangulación', maxScore: 3 },
            { criterion: 'Recomendaciones concretas y viables', maxScore: 2 },
          ],
        },
      ],
    },
    {
      title: { es: 'Producción, protección y uso ético de la información', en: 'Producing, protecting and using data ethically' },
      summary: 'Variables mínimas, identificadores únicos, confidencialidad, supresión de celdas pequeñas y comunicación sin revictimizar.',
      lessons: [
        {
          kind: 'text',
          title: { es: 'Datos útiles, seguros y respetuosos', en: 'Data that are useful, safe and respectful' },
          body: `## Un conjunto mínimo de variables

Para que los registros de violencia basada en género sirvan a la política pública, se recomienda acordar entre instituciones un conjunto mínimo de variables:

- **De la víctima**: sexo, edad, identidad de género cuando la persona la declara, autoidentificación étnica, discapacidad (por ejemplo, con las preguntas del Grupo de Washington), nacionalidad o condición migratoria.
- **Del hecho**: tipo de violencia, fecha, lugar (con la precisión necesaria, no más), arma o medio.
- **De la relación**: vínculo entre víctima y agresor, convivencia, antecedentes de denuncia y medidas de protección vigentes.
- **De la respuesta institucional**: ruta seguida, plazos y resultado.

Un **identificador único** de caso compartido entre instituciones, o reglas claras de vinculación, evita contar dos veces a la misma víctima y permite seguir su recorrido por el sistema.

## Confidencialidad y protección

Los Principios Fundamentales de las Estadísticas Oficiales de las Naciones Unidas exigen que los datos individuales sean estrictamente confidenciales y se usen sólo con fines estadísticos. En la práctica:

1. **Minimización**: recolectar sólo lo necesario.
2. **Control de acceso** por roles y registro de consultas.
3. **Seudonimización** antes del análisis.
4. **Supresión de celdas pequeñas**: en tablas publicadas, los cruces con menos de cinco casos se muestran como "<5", porque en municipios pequeños o grupos específicos una cifra puede identificar a una persona.
5. Nunca publicar ubicaciones de casas de acogida ni direcciones de víctimas.

## No hacer daño

Registrar la orientación sexual o la condición migratoria puede exponer a las personas si los datos se filtran o se usan con otros fines. La pregunta debe ser voluntaria, con explicación de su propósito y con garantías.

## Comunicar sin revictimizar

- Hablar de "mujeres víctimas de feminicidio", no de "crímenes pasionales".
- Evitar detalles que permitan identificar a la víctima o a su familia.
- Presentar los datos con su contexto y sus limitaciones, incluida la posible subdeclaración.`,
        },
        {
          kind: 'video',
          title: { es: 'Protección de datos y tablas publicables', en: 'Data protection and publishable tables' },
          durationSeconds: 780,
          transcript:
            'La especialista en estadística oficial muestra, con una tabla ficticia de denuncias por municipio, sexo y grupo étnico, cómo un cruce aparentemente inocuo puede identificar a una persona en una comunidad pequeña. Explica la supresión de celdas pequeñas, la supresión secundaria para impedir que las celdas ocultas se deduzcan de los totales, y la agregación de categorías o periodos. Discute el equilibrio entre utilidad y protección: publicar menos detalle, pero con mayor frecuencia y con notas metodológicas claras. Recomienda protocolos escritos de publicación aprobados por las instituciones que comparten los datos.',
        },
        {
          kind: 'reading',
          title: { es: 'Protocolo latinoamericano para investigar femicidios', en: 'Latin American femicide investigation protocol' },
          citation:
            'Oficina Regional para América Central del Alto Comisionado de las Naciones Unidas para los Derechos Humanos y ONU Mujeres (2014). Modelo de protocolo latinoamericano de investigación de las muertes violentas de mujeres por razones de género (femicidio/feminicidio). Panamá: OACNUDH y ONU Mujeres.',
        },
        {
          kind: 'reading',
          title: { es: 'Integrar la perspectiva de género en las estadísticas', en: 'Integrating a Gender Perspective into Statistics' },
          citation:
            'Naciones Unidas, División de Estadística (2016). Integrating a Gender Perspective into Statistics. Studies in Methods, Serie F, n.º 111. Nueva York: Naciones Unidas.',
        },
        {
          kind: 'resource',
          title: { es: 'Preguntas del Grupo de Washington sobre discapacidad', en: 'Washington Group questions on disability' },
          url: 'https://www.washingtongroup-disability.com',
          resourceType: 'website',
        },
      ],
      activities: [
        {
          kind: 'submission',
          title: { es: 'Propuesta de ficha de registro interseccional', en: 'Proposal for an intersectional record form' },
          prompt: `Diseñe una **ficha de registro** para casos de violencia contra las mujeres que pueda compartirse entre dos instituciones de su país (por ejemplo, policía y fiscalía, o salud y un servicio de atención).

Entregue:

1. La lista de variables con su definición, categorías y quién las completa.
2. La regla de identificación única o de vinculación entre instituciones.
3. Las medidas de confidencialidad y de acceso, incluida la regla de publicación de celdas pequeñas.
4. Una nota breve sobre cómo se preguntarán las variables sensibles sin causar daño.`,
          dueDaysAfterStart: 112,
          completion: { kind: 'accepted_submission' },
          rubric: [
            { criterion: 'Variables pertinentes, bien definidas y con enfoque interseccional', maxScore: 4 },
            { criterion: 'Regla de vinculación entre instituciones viable', maxScore: 2 },
            { criterion: 'Medidas de confidencialidad y publicación adecuadas', maxScore: 2 },
            { criterion: 'Tratamiento ético de las variables sensibles', maxScore: 2 },
          ],
        },
        {
          kind: 'forum',
          title: { es: 'Dilemas éticos en el uso de datos', en: 'Ethical dilemmas in data use' },
          prompt: `Un medio de comunicación solicita, por acceso a la información pública, la lista de feminicidios del último año **por municipio, con edad y etnia de la víctima**. En algunos municipios hubo un solo caso.

- ¿Qué respondería su institución según la normativa de su país?
- ¿Cómo equilibraría transparencia y protección de las familias?

Comparta su respuesta y **compárela con la de dos colegas de otros países**: ¿sus leyes de acceso a la información y de protección de datos llevan a respuestas distintas?`,
          dueDaysAfterStart: 128,
          completion: { kind: 'forum_posts', replies: 2 },
        },
      ],
    },
  ],
};

// ---- 5. Análisis de información para la seguridad ciudadana ----

const analisisInformacion: DemoCourse = {
  slug: 'analisis-informacion',
  title: { es: 'Análisis de información para la seguridad ciudadana', en: 'Information analysis for citizen security' },
  summary: {
    es: 'Desarrolla capacidades para convertir datos en conocimiento útil para la toma de decisiones: el ciclo y los tipos de análisis, el cálculo e interpretación de tasas e indicadores, y técnicas estructuradas para reducir sesgos. Culmina con la elaboración de productos analíticos claros y accionables para autoridades.',
    en: 'Builds the skills to turn data into knowledge that supports decisions: the analysis cycle and types of analysis, calculating and interpreting rates and indicators, and structured techniques to reduce bias. It culminates in producing clear, actionable analytical products for senior officials.',
  },
  topics: ['análisis', 'datos', 'indicadores', 'toma de decisiones', 'prevención'],
  status: 'published',
  modules: [
    {
      title: { es: 'El ciclo del análisis y los tipos de análisis', en: 'The analysis cycle and types of analysis' },
      summary: 'Del requerimiento a la difusión; análisis estratégico, táctico y operativo; policía orientada a problemas.',
      lessons: [
        {
          kind: 'text',
          title: { es: 'Del dato a la decisión', en: 'From data to decision' },
          body: `## El ciclo del análisis

El análisis no empieza con los datos, sino con una **pregunta** de quien decide. Un ciclo típico incluye:

1. **Requerimiento**: qué decisión se debe tomar y qué se necesita saber para tomarla.
2. **Recolección**: fuentes disponibles (registros, encuestas, fuentes abiertas, trabajo de campo).
3. **Procesamiento y validación**: limpieza, depuración de duplicados, verificación de calidad.
4. **Análisis**: descripción, comparación, explicación y, cuando es posible, anticipación.
5. **Difusión**: un producto adaptado a su audiencia y a su plazo.
6. **Retroalimentación**: ¿sirvió el producto? ¿Qué faltó?

## Tipos de análisis

- **Estratégico**: tendencias de mediano y largo plazo para la política y el presupuesto (por ejemplo, la evolución de la extorsión en cinco años).
- **Táctico**: patrones y series de hechos recientes para orientar despliegues y operativos.
- **Operativo o de casos**: apoyo a investigaciones concretas, vínculos entre personas, teléfonos o vehículos.
- **Administrativo**: información para la gestión, la rendición de cuentas y la ciudadanía.

Conviene distinguir el **análisis delictivo**, centrado en patrones y problemas, de la **inteligencia criminal**, centrada en personas y organizaciones. Ambos se complementan, pero tienen reglas de acceso y de uso diferentes.

## La policía orientada a problemas

Herman Goldstein (1979) propuso que la policía se organizara alrededor de **problemas** recurrentes y no de incidentes aislados. El modelo **SARA** (Eck y Spelman, 1987) operacionaliza ese enfoque:

- **Exploración** (*Scanning*): identificar problemas recurrentes.
- **Análisis**: entender sus causas con el triángulo del problema (agresor, víctima u objetivo, y lugar) y quienes pueden controlarlos.
- **Respuesta**: diseñar intervenciones que actúen sobre esas causas, no sólo arrestos.
- **Evaluación** (*Assessment*): verificar si el problema disminuyó.

## El valor del análisis

Una unidad de análisis vale por las decisiones que mejora. Por eso debe tener acceso a quien decide, un mandato claro y personal capacitado y estable.`,
        },
        {
          kind: 'video',
          title: { es: 'Qué necesita una autoridad de su equipo de análisis', en: 'What a senior official needs from the analysis team' },
          durationSeconds: 720,
          transcript:
            'Una exdirectora de análisis de una policía nacional y un exviceministro conversan sobre la relación entre quien decide y quien analiza. Ella insiste en que los mejores productos nacieron de preguntas bien formuladas y no de informes rutinarios con decenas de gráficos. Él reconoce que las autoridades a menudo piden datos cuando en realidad necesitan análisis, y que el tiempo disponible para leer es mínimo. Coinciden en tres prácticas: reuniones breves y periódicas para definir preguntas, productos de una página con la conclusión al inicio y retroalimentación explícita sobre su utilidad.',
        },
        {
          kind: 'reading',
          title: { es: 'Análisis delictivo en 60 pasos', en: 'Crime Analysis for Problem Solvers in 60 Small Steps' },
          citation:
            'Clarke, R. V. y Eck, J. E. (2005). Crime Analysis for Problem Solvers in 60 Small Steps. Washington, DC: U.S. Department of Justice, Office of Community Oriented Policing Services.',
          url: 'https://popcenter.asu.edu',
        },
      ],
      activities: [
        {
          kind: 'forum',
          title: { es: 'Las unidades de análisis en nuestros países', en: 'Analysis units in our countries' },
          prompt: `Describa cómo está organizada la función de análisis en la institución de seguridad que mejor conozca en su país.

- ¿Dónde se ubica en el organigrama y a quién reporta?
- ¿Qué productos elabora, con qué frecuencia y quién los solicita?
- ¿Hace análisis estratégico, táctico u operativo? ¿Aplica el enfoque de solución de problemas?

**Responda a dos colegas de otros países** señalando una práctica que le parezca transferible a su contexto y una condición necesaria para adoptarla.`,
          dueDaysAfterStart: 28,
          completion: { kind: 'forum_posts', replies: 2 },
        },
      ],
    },
    {
      title: { es: 'Indicadores, tasas y lectura crítica de cifras', en: 'Indicators, rates and critical reading of figures' },
      summary: 'Conteos y tasas, denominadores, números pequeños, variaciones porcentuales, estacionalidad y calidad de datos.',
      lessons: [
        {
          kind: 'text',
          title: { es: 'Tasas y trampas frecuentes', en: 'Rates and common pitfalls' },
          body: `## Conteos y tasas

Los conteos muestran la magnitud; las tasas permiten **comparar** territorios o periodos con poblaciones distintas. La tasa de homicidios se calcula así:

**tasa = (número de homicidios / población) × 100 000**

Ejemplo: 45 homicidios en un municipio de 120 000 habitantes equivalen a una tasa de 37,5 por cada 100 000 habitantes.

## El denominador importa

- Use proyecciones oficiales de población para el año analizado, no el último censo sin ajustar.
- En zonas turísticas, comerciales o de tránsito, la población residente subestima a las personas expuestas; considere denominadores alternativos (viviendas, comercios, vehículos, kilómetros de vía).
- Para la violencia contra las mujeres, use como denominador la población de mujeres, y para delitos contra adolescentes, la población del grupo de edad.

## Números pequeños

En municipios pequeños, uno o dos hechos cambian mucho la tasa. Un municipio de 5 000 habitantes pasa de 0 a 40 por cada 100 000 con dos homicidios. Recomendaciones:

- Promediar **tres años** o agrupar territorios.
- Mostrar conteos junto con las tasas.
- No ordenar rankings de municipios pequeños sin advertencias.

## Variaciones porcentuales

Un aumento del 100 % puede significar pasar de 2 a 4 casos. Informe siempre los valores absolutos y la base de comparación.

## Tiempo y estacionalidad

Compare el mismo periodo del año anterior o use **medias móviles** para suavizar fluctuaciones. Los delitos tienen patrones por mes, día de la semana y hora; una subida en diciembre puede ser estacional.

## Calidad de los datos

Antes de interpretar, verifique:

1. **Completitud**: ¿faltan meses, territorios o campos?
2. **Consistencia**: ¿coinciden los totales entre fuentes y entre cortes?
3. **Validez**: ¿las categorías significan lo mismo en todo el periodo? Un cambio de definición legal puede producir un salto artificial.
4. **Oportunidad**: ¿los datos recientes están completos o aún se actualizan?`,
        },
        {
          kind: 'video',
          title: { es: 'Errores frecuentes al comunicar estadísticas del delito', en: 'Common mistakes in communicating crime data' },
          durationSeconds: 660,
          transcript:
            'El analista revisa cinco gráficos tomados de informes y conferencias de prensa ficticios. En el primero, un eje vertical que no parte de cero exagera una baja menor; en el segundo, se comparan conteos de municipios con poblaciones muy distintas; en el tercero, un aumento del 200 % corresponde a pasar de uno a tres casos. También muestra cómo un cambio en el sistema de registro produjo un salto falso en las denuncias. Para cada caso propone una versión corregida y una frase que explica el dato con honestidad y sin tecnicismos.',
        },
        {
          kind: 'reading',
          title: { es: 'Estudio mundial sobre el homicidio (UNODC)', en: 'Global Study on Homicide (UNODC)' },
          citation: 'Oficina de las Naciones Unidas contra la Droga y el Delito (2023). Global Study on Homicide 2023. Viena: UNODC.',
          url: 'https://www.unodc.org',
        },
        {
          kind: 'resource',
          title: { es: 'Portal de datos de UNODC', en: 'UNODC data portal' },
          url: 'https://dataunodc.un.org',
          resourceType: 'dataset',
        },
      ],
      activities: [
        {
          kind: 'submission',
          title: { es: 'Cálculo e interpretación de tasas', en: 'Calculating and interpreting rates' },
          prompt: `Use los siguientes datos ficticios de tres municipios:

| Municipio | Población | Homicidios 2022 | Homicidios 2023 | Homicidios 2024 |
|---|---|---|---|---|
| A | 85 000 | 34 | 27 | 30 |
| B | 12 000 | 3 | 7 | 2 |
| C | 410 000 | 96 | 88 | 81 |

1. Calcule la tasa por cada 100 000 habitantes de cada municipio y año, y la tasa promedio de los tres años.
2. Calcule la variación porcentual 2022-2023 de cada municipio.
3. Un titular dice: "El municipio B duplica con creces sus homicidios". Redacte en un párrafo una interpretación más rigurosa.
4. ¿Qué municipio priorizaría para una intervención y por qué? ¿Qué información adicional pediría antes de decidir?`,
          dueDaysAfterStart: 64,
          completion: { kind: 'accepted_submission' },
          rubric: [
            { criterion: 'Cálculos correctos de tasas, promedios y variaciones', maxScore: 4 },
            { criterion: 'Interpretación rigurosa del problema de números pequeños', maxScore: 3 },
            { criterion: 'Priorización justificada y solicitud de información pertinente', maxScore: 3 },
          ],
        },
      ],
    },
    {
      title: { es: 'Técnicas analíticas y productos para la toma de decisiones', en: 'Analytical techniques and products for decisions' },
      summary: 'Sesgos cognitivos, técnicas estructuradas, análisis de redes y redacción de productos analíticos.',
      lessons: [
        {
          kind: 'text',
          title: { es: 'Pensar mejor y comunicar con claridad', en: 'Thinking better and communicating clearly' },
          body: `## Los sesgos del analista

Richards Heuer mostró que los errores de análisis suelen deberse menos a la falta de información que a la forma en que la procesamos. Los sesgos más frecuentes:

- **Confirmación**: buscar y valorar más la información que confirma lo que ya creemos.
- **Anclaje**: quedarse cerca de la primera estimación.
- **Disponibilidad**: sobrestimar lo que recordamos con facilidad, como un caso mediático.
- **Atribución a un solo actor**: explicar todo por la acción de un grupo criminal conocido.

## Técnicas estructuradas

- **Análisis de hipótesis en competencia**: se listan todas las explicaciones plausibles y se evalúa cada evidencia contra todas; se prefiere la hipótesis con menos evidencia en contra, no la que tiene más a favor.
- **Verificación de supuestos clave**: explicitar lo que damos por cierto y preguntarse qué pasaría si no lo fuera.
- **Abogado del diablo** o equipo rojo para los productos de mayor impacto.

## Análisis de redes y patrones

El análisis de vínculos entre personas, teléfonos, vehículos y lugares ayuda a entender estructuras de extorsión o de tráfico. El análisis de series identifica hechos con el mismo modo de operar. Ambos requieren datos de calidad y controles estrictos de acceso.

## Productos analíticos

Los formatos más útiles para autoridades son breves:

- **Nota de situación**: qué pasó, por qué importa, qué se recomienda.
- **Perfil de problema**: descripción, causas, actores y opciones de respuesta.
- **Boletín periódico**: tendencias con comparaciones consistentes en el tiempo.

Reglas de redacción:

1. **Conclusión primero**: la primera frase responde la pregunta.
2. Separar hechos, inferencias y recomendaciones.
3. Expresar el **grado de confianza** (alto, moderado, bajo) y sus razones.
4. Citar las fuentes y sus limitaciones.
5. Un gráfico por idea, con títulos que digan la conclusión.`,
        },
        {
          kind: 'video',
          title: { es: 'Hipótesis en competencia aplicadas a un caso de extorsión', en: 'Competing hypotheses in an extortion case' },
          durationSeconds: 1020,
          transcript:
            'El experto aplica el análisis de hipótesis en competencia a un caso ficticio: un aumento de denuncias por extorsión a transportistas en un corredor urbano. Plantea cuatro hipótesis: expansión de una pandilla, imitadores que usan su nombre, extorsión desde centros penitenciarios y mayor disposición a denunciar tras una campaña. Construye la matriz de evidencias y muestra cómo la hipótesis más intuitiva acumula más elementos en contra de lo esperado. Concluye con una nota de situación de una página que expresa el grado de confianza y los vacíos de información que conviene cerrar.',
        },
        {
          kind: 'reading',
          title: { es: 'Psychology of Intelligence Analysis', en: 'Psychology of Intelligence Analysis' },
          citation:
            'Heuer, R. J. (1999). Psychology of Intelligence Analysis. Washington, DC: Center for the Study of Intelligence, Central Intelligence Agency.',
        },
        {
          kind: 'reading',
          title: { es: 'Intelligence-Led Policing', en: 'Intelligence-Led Policing' },
          citation: 'Ratcliffe, J. H. (2016). Intelligence-Led Policing (2.ª ed.). Londres y Nueva York: Routledge.',
        },
      ],
      activities: [
        {
          kind: 'submission',
          title: { es: 'Nota analítica para una autoridad', en: 'Analytical note for a senior official' },
          prompt: `Elabore una **nota analítica de hasta dos páginas** dirigida a una autoridad de su país sobre un problema de seguridad concreto (por ejemplo, robos en el transporte público, extorsión a comercios o violencia en un municipio). Use datos públicos o datos ficticios verosímiles, nunca datos reservados.

La nota debe:

1. Abrir con la conclusión principal y la recomendación.
2. Presentar la evidencia con al menos un indicador correctamente calculado y un gráfico.
3. Considerar al menos dos explicaciones alternativas.
4. Indicar el grado de confianza, las fuentes y sus limitaciones.`,
          dueDaysAfterStart: 112,
          completion: { kind: 'accepted_submission' },
          rubric: [
            { criterion: 'Conclusión y recomendación claras al inicio', maxScore: 3 },
            { criterion: 'Uso correcto de indicadores y visualización', maxScore: 3 },
            { criterion: 'Consideración de explicaciones alternativas', maxScore: 2 },
            { criterion: 'Grado de confianza, fuentes y limitaciones explícitos', maxScore: 2 },
          ],
        },
      ],
    },
  ],
};

// ---- 6. Herramientas para el análisis territorial de fenómenos criminales ----

const analisisTerritorial: DemoCourse = {
  slug: 'analisis-territorial-crimen',
  title: { es: 'Herramientas para el análisis territorial de fenómenos criminales', en: 'Tools for territorial analysis of crime' },
  summary: {
    es: 'Presenta la criminología ambiental y la ley de concentración del delito, y enseña a usar sistemas de información geográfica libres (QGIS) para geocodificar, mapear e identificar puntos calientes. Termina con el paso del mapa a la intervención: prevención situacional, participación comunitaria, protección de la privacidad y evaluación del desplazamiento.',
    en: 'Introduces environmental criminology and the law of crime concentration, and teaches how to use free geographic information systems (QGIS) to geocode, map and identify hot spots. It ends with moving from the map to the intervention: situational prevention, community participation, privacy protection and assessing displacement.',
  },
  topics: ['territorio', 'sig', 'puntos calientes', 'prevención situacional', 'datos'],
  status: 'published',
  modules: [
    {
      title: { es: 'Criminología ambiental y concentración del delito', en: 'Environmental criminology and crime concentration' },
      summary: 'Actividades rutinarias, patrones delictivos y la concentración del delito en microlugares.',
      lessons: [
        {
          kind: 'text',
          title: { es: 'Por qué el lugar importa', en: 'Why place matters' },
          body: `## Teorías de la oportunidad

La criminología ambiental estudia el delito como un evento que ocurre en un lugar y un momento concretos:

- **Actividades rutinarias** (Cohen y Felson, 1979): un delito directo requiere la convergencia de un agresor motivado, un objetivo adecuado y la ausencia de un guardián capaz. Los cambios en la vida cotidiana cambian las oportunidades.
- **Patrón delictivo** (Brantingham y Brantingham): los agresores actúan en su espacio de actividad —alrededor de su casa, su trabajo, sus rutas—; los lugares que atraen o generan oportunidades concentran delitos.
- **Elección racional**: quien delinque evalúa, con información limitada, esfuerzo, riesgo y beneficio.

## La ley de concentración del delito

David Weisburd (2015) revisó estudios de ciudades de distintos países y propuso una **ley de concentración del delito en el lugar**: para una medida de delito dada, la concentración en microlugares cae dentro de una banda estrecha. En los estudios revisados, alrededor del **50 %** de los delitos se concentraba en aproximadamente el **2 % al 6 %** de los segmentos de calle, y el **25 %** en alrededor del **0,4 % al 1,6 %**. Investigaciones en ciudades latinoamericanas (Chainey y coautores, 2019) encontraron niveles de concentración comparables.

Además, estudios longitudinales muestran que muchos de esos lugares se mantienen "calientes" durante años, lo que los convierte en objetivos estables de política pública.

## Implicaciones

1. La **unidad de análisis** importa: un municipio o un barrio "violento" contiene sobre todo calles tranquilas.
2. Focalizar en microlugares permite usar recursos escasos con mayor eficacia.
3. La concentración también ocurre en **víctimas** y **agresores**: pocas personas concentran gran parte de la victimización repetida.
4. Lo que hace "caliente" un lugar (un mercado, una terminal, un bar, un terreno baldío) orienta la respuesta, que no siempre es policial.`,
        },
        {
          kind: 'video',
          title: { es: 'Pensar en microlugares', en: 'Thinking in micro-places' },
          durationSeconds: 840,
          transcript:
            'La investigadora muestra el mapa de una ciudad ficticia a tres escalas: municipio, barrio y segmento de calle. A escala de barrio, la mitad de la ciudad parece peligrosa; a escala de calle, unos pocos tramos cerca de una terminal de buses y de dos mercados concentran la mayoría de los robos. Explica la ley de concentración de Weisburd y los estudios que la confirman en América Latina. Discute las implicaciones para el despliegue policial, la inversión municipal y la comunicación con la ciudadanía, y advierte sobre el riesgo de estigmatizar barrios enteros con mapas de escala demasiado gruesa.',
        },
        {
          kind: 'reading',
          title: { es: 'La ley de concentración del delito', en: 'The law of crime concentration' },
          citation: 'Weisburd, D. (2015). The law of crime concentration and the criminology of place. Criminology, 53(2), 133-157.',
        },
        {
          kind: 'reading',
          title: { es: 'Concentración del delito en microlugares de América Latina', en: 'Crime concentration in Latin America' },
          citation:
            'Chainey, S. P., Pezzuchi, G., Guerrero Rojas, N. O., Hernández Ramírez, J. L., Monteiro, J. y Rosas Valdez, E. (2019). Crime concentration at micro-places in Latin America. Crime Science, 8, artículo 5.',
        },
      ],
      activities: [
        {
          kind: 'forum',
          title: { es: '¿Dónde se concentra el delito en nuestras ciudades?', en: 'Where does crime concentrate in our cities?' },
          prompt: `Piense en una ciudad de su país que conozca bien.

- ¿Qué lugares concretos (terminales, mercados, corredores, zonas de bares, colegios) concentran robos o violencia?
- ¿Con qué **unidad territorial** se registran y publican los datos en su país (coordenadas, dirección, cuadrante, colonia o barrio, distrito, municipio)?
- ¿Qué decisiones se toman hoy con esos mapas?

**Compare con dos colegas de otros países**: ¿la unidad de análisis disponible permite ver la concentración en microlugares?`,
          dueDaysAfterStart: 28,
          completion: { kind: 'forum_posts', replies: 2 },
        },
      ],
    },
    {
      title: { es: 'Datos geográficos y fundamentos de SIG con QGIS', en: 'Geographic data and GIS basics with QGIS' },
      summary: 'Capas, sistemas de referencia de coordenadas, geocodificación y calidad de los datos geográficos.',
      lessons: [
        {
          kind: 'text',
          title: { es: 'Fundamentos de SIG para el análisis delictivo', en: 'GIS fundamentals for crime analysis' },
          body: `## Datos vectoriales y ráster

- **Vectoriales**: puntos (incidentes, cámaras, escuelas), líneas (calles, rutas de transporte) y polígonos (barrios, cuadrantes, municipios). Cada elemento tiene una **tabla de atributos**.
- **Ráster**: una malla de celdas con valores, como una superficie de densidad o una imagen satelital.

## Sistemas de referencia de coordenadas

Las coordenadas geográficas (latitud y longitud, por ejemplo WGS 84, EPSG:4326) no sirven para medir distancias en metros. Para calcular distancias, áreas o densidades, reproyecte a un sistema proyectado adecuado para su país, por ejemplo:

- Costa Rica: CRTM05 (EPSG:5367).
- El Salvador y Honduras: UTM zona 16N (EPSG:32616) para la mayor parte del territorio.
- Guatemala: UTM zonas 15N y 16N, o la proyección nacional GTM.
- República Dominicana: UTM zona 19N (EPSG:32619).

Todas las capas de un análisis deben compartir el mismo sistema; QGIS reproyecta al vuelo para visualizar, pero los cálculos deben hacerse sobre capas reproyectadas.

## Fuentes de datos

- Registros de incidentes con coordenadas capturadas por GPS o direcciones.
- Cartografía censal de los institutos nacionales de estadística (límites y población por unidad).
- **OpenStreetMap**: calles, comercios, paradas y equipamientos, con licencia abierta.
- Capas municipales: alumbrado, mercados, centros educativos, permisos de bares.

## Geocodificación

Convertir direcciones en coordenadas es difícil donde las direcciones no son estandarizadas (por ejemplo, "100 metros al norte de la iglesia"). Ratcliffe (2004) propuso una **tasa mínima aceptable de geocodificación del 85 %**: con menos, los mapas pueden estar sesgados. Revise también:

- Puntos acumulados en una coordenada por defecto (la delegación policial o el centro del municipio).
- Duplicados y hechos fuera del territorio.
- Precisión diferente entre zonas urbanas y rurales.

## Documentar

Registre fuente, fecha de corte, sistema de referencia y tasa de geocodificación en cada mapa: es lo que permite que otra persona lo reproduzca y lo evalúe.`,
        },
        {
          kind: 'video',
          title: { es: 'Primeros pasos en QGIS: cargar incidentes y reproyectar', en: 'First steps in QGIS: load and reproject' },
          durationSeconds: 1200,
          transcript:
            'El instructor comparte pantalla y, paso a paso, carga en QGIS un archivo CSV de incidentes sintéticos como capa de puntos a partir de sus columnas de longitud y latitud. Muestra cómo verificar el sistema de referencia, reproyectar la capa a un sistema métrico y guardar el resultado en formato GeoPackage. Añade una capa base de OpenStreetMap y los límites de barrios, y usa la herramienta de conteo de puntos en polígonos. Termina con un mapa de coropletas de tasas por cada 1 000 habitantes y explica por qué no conviene mapear conteos absolutos.',
        },
        {
          kind: 'resource',
          title: { es: 'QGIS: descarga del software libre', en: 'QGIS: free software download' },
          url: 'https://www.qgis.org',
          resourceType: 'tool',
        },
        {
          kind: 'resource',
          title: { es: 'Datos sintéticos de incidentes para prácticas', en: 'Synthetic incident data for practice' },
          resourceType: 'dataset',
        },
      ],
      activities: [
        {
          kind: 'submission',
          title: { es: 'Mi primer mapa temático', en: 'My first thematic map' },
          prompt: `Con los datos sintéticos del módulo (incidentes, límites de barrios y población):

1. Cargue los incidentes en QGIS y reproyéctelos al sistema métrico indicado en la documentación de los datos.
2. Cuente los robos por barrio y calcule la tasa por cada 1 000 habitantes.
3. Elabore un **mapa de coropletas** de tasas con leyenda, escala, norte, fuente y fecha.
4. En media página, describa el patrón observado, compare con un mapa de conteos absolutos y explique qué limitación tiene el análisis por barrio.

Entregue el mapa en PDF o PNG y el texto.`,
          dueDaysAfterStart: 64,
          completion: { kind: 'accepted_submission' },
          rubric: [
            { criterion: 'Procesamiento correcto: reproyección, conteo y cálculo de tasas', maxScore: 4 },
            { criterion: 'Mapa completo y legible (leyenda, escala, fuente, fecha)', maxScore: 3 },
            { criterion: 'Interpretación y reconocimiento de limitaciones', maxScore: 3 },
          ],
        },
      ],
    },
    {
      title: { es: 'Identificación de puntos calientes', en: 'Identifying hot spots' },
      summary: 'Mapas de puntos, coropletas, cuadrículas, densidad de kernel, estadísticos locales y patrones temporales.',
      lessons: [
        {
          kind: 'text',
          title: { es: 'Métodos para identificar puntos calientes', en: 'Methods for identifying hot spots' },
          body: `## De los puntos a los patrones

- **Mapas de puntos**: muestran cada hecho, pero los puntos superpuestos ocultan la intensidad y no revelan patrones cuando hay miles de registros.
- **Coropletas por área**: agregan hechos en barrios o cuadrantes. Dependen de límites arbitrarios (**problema de la unidad espacial modificable**): los resultados cambian si cambian los límites o la escala. Mapee tasas o densidades, no sólo conteos.
- **Cuadrículas**: celdas regulares (por ejemplo, de 100 a 250 metros) que evitan límites administrativos y facilitan comparar en el tiempo.

## Densidad de kernel

La estimación de densidad de kernel (en QGIS, "Mapa de calor (estimación de densidad de núcleo)") genera una superficie continua. Dos decisiones determinan el resultado:

- **Radio o ancho de banda**: uno muy grande suaviza en exceso y crea manchas extensas; uno muy pequeño devuelve casi los puntos originales.
- **Tamaño de celda**: define el detalle del resultado.

Documente ambos parámetros y pruebe varios valores antes de concluir.

## ¿Es estadísticamente significativo?

Un mapa de calor siempre muestra "manchas". Los estadísticos locales indican si una concentración es mayor de lo esperable por azar:

- **Getis-Ord Gi\\***: identifica agrupamientos de valores altos (puntos calientes) y bajos (fríos).
- **I de Moran local (LISA)**: distingue agrupamientos y valores atípicos, por ejemplo, una celda alta rodeada de celdas bajas.

## Dimensión temporal

Analice por hora y día de la semana: un punto caliente de robos nocturnos en una zona de bares requiere una respuesta distinta a uno de robos a la salida de colegios. La **repetición cercana** (*near repeat*) muestra que, tras un robo a vivienda, el riesgo aumenta temporalmente para viviendas vecinas.

## Evaluar el mapa

El **índice de precisión predictiva** (PAI), propuesto por Chainey, Tompson y Uhlig (2008), compara el porcentaje de delitos futuros que caen en el área marcada con el porcentaje del área total que esta ocupa. Permite elegir el método y los parámetros que mejor anticipan dónde ocurrirán los delitos.`,
        },
        {
          kind: 'video',
          title: { es: 'Densidad de kernel y Gi*: elegir parámetros con criterio', en: 'Kernel density and Gi*: choosing parameters' },
          durationSeconds: 1080,
          transcript:
            'El experto genera en QGIS tres mapas de densidad de kernel con los mismos robos y radios de 150, 400 y 1 000 metros, y muestra cómo cambia la conclusión según el parámetro elegido. Luego construye una cuadrícula, cuenta los robos por celda y calcula el estadístico Gi* para identificar agrupamientos significativos. Compara ambos resultados con los robos del trimestre siguiente mediante el índice de precisión predictiva. Concluye que no existe un radio correcto universal: debe justificarse según el tipo de delito y la escala de la decisión, y documentarse siempre en el mapa.',
        },
        {
          kind: 'reading',
          title: { es: 'Mapping Crime: Understanding Hot Spots', en: 'Mapping Crime: Understanding Hot Spots' },
          citation:
            'Eck, J. E., Chainey, S., Cameron, J. G., Leitner, M. y Wilson, R. E. (2005). Mapping Crime: Understanding Hot Spots. Washington, DC: National Institute of Justice.',
        },
        {
          kind: 'reading',
          title: { es: 'La utilidad de los mapas de puntos calientes para predecir', en: 'The utility of hotspot mapping for prediction' },
          citation:
            'Chainey, S., Tompson, L. y Uhlig, S. (2008). The utility of hotspot mapping for predicting spatial patterns of crime. Security Journal, 21(1-2), 4-28.',
        },
      ],
      activities: [
        {
          kind: 'submission',
          title: { es: 'Comparar métodos de puntos calientes', en: 'Comparing hot-spot methods' },
          prompt: `Con los robos sintéticos del primer semestre:

1. Genere un mapa de densidad de kernel con **dos radios distintos** y justifique cuál prefiere.
2. Construya una cuadrícula y calcule el estadístico **Gi\\*** por celda.
3. Calcule el **PAI** de ambos métodos usando los robos del segundo semestre.
4. En una página, recomiende qué áreas priorizar, en qué horarios y con qué nivel de confianza.`,
          dueDaysAfterStart: 100,
          completion: { kind: 'accepted_submission' },
          rubric: [
            { criterion: 'Aplicación correcta de densidad de kernel y Gi*', maxScore: 4 },
            { criterion: 'Cálculo e interpretación del PAI', maxScore: 3 },
            { criterion: 'Recomendación espacial y temporal fundamentada', maxScore: 3 },
          ],
        },
      ],
    },
    {
      title: { es: 'Del mapa a la intervención', en: 'From the map to the intervention' },
      summary: 'Evidencia, prevención situacional, participación comunitaria, ética y evaluación del desplazamiento.',
      lessons: [
        {
          kind: 'text',
          title: { es: 'Intervenir en los lugares', en: 'Intervening in places' },
          body: `## Qué dice la evidencia

La revisión sistemática de la Campbell Collaboration sobre la actuación policial en puntos calientes (Braga y coautores, 2019) concluye que estas estrategias producen reducciones modestas pero significativas del delito, y que es más frecuente la **difusión de beneficios** a las zonas vecinas que el desplazamiento. Las estrategias de solución de problemas tienden a mostrar efectos mayores que el simple aumento de patrullaje.

## Prevención situacional

Cornish y Clarke (2003) organizaron **25 técnicas** en cinco grupos:

1. **Aumentar el esfuerzo**: controlar accesos, proteger objetivos.
2. **Aumentar el riesgo**: vigilancia natural, iluminación, personal de lugar.
3. **Reducir las ganancias**: ocultar o marcar bienes, desarticular mercados de objetos robados.
4. **Reducir las provocaciones**: evitar aglomeraciones y conflictos, por ejemplo, en la salida de eventos.
5. **Eliminar las excusas**: reglas claras, señalización, facilitar el cumplimiento.

El diseño ambiental (**CPTED**) agrega mantenimiento del espacio, territorialidad y usos mixtos que mantienen actividad en la calle.

## Combinar con intervenciones sociales

Un punto caliente en torno a un centro educativo puede requerir iluminación y presencia institucional, pero también programas para jóvenes y mediación de conflictos. El mapa identifica **dónde**; el análisis del problema y la comunidad ayudan a entender **por qué**.

## Participación y enfoque de género

Las **caminatas exploratorias** con mujeres, promovidas en programas de ciudades seguras de ONU Mujeres, revelan riesgos que los datos policiales no muestran: paradas oscuras, pasos peatonales aislados, acoso en el transporte.

## Ética y privacidad

- No publicar mapas con ubicaciones exactas de víctimas; agregar o desplazar puntos cuando sea necesario, sobre todo en violencia doméstica y sexual.
- Evitar que los mapas estigmaticen barrios o justifiquen prácticas discriminatorias.
- Explicar a la comunidad el propósito del análisis.

## Evaluar

Compare el área intervenida con áreas de control similares e incluya una **zona de captación** alrededor para medir desplazamiento o difusión, por ejemplo con el cociente de desplazamiento ponderado de Bowers y Johnson (2003).`,
        },
        {
          kind: 'video',
          title: { es: 'Caminatas exploratorias y diagnóstico participativo', en: 'Exploratory walks and participatory assessment' },
          durationSeconds: 900,
          transcript:
            'Una urbanista y una lideresa comunitaria relatan una caminata exploratoria realizada con mujeres de un barrio periférico. Explican cómo se preparó el recorrido a partir del mapa de puntos calientes, qué preguntas se usaron y cómo se registraron los hallazgos con fotografías y coordenadas. Las participantes identificaron riesgos que no aparecían en los datos policiales, como un paso peatonal sin iluminación y una parada de bus aislada. Cuentan cómo el municipio priorizó obras concretas y cómo se acordó volver a caminar seis meses después para verificar los cambios.',
        },
        {
          kind: 'reading',
          title: { es: 'Actuación policial en puntos calientes: revisión sistemática', en: 'Hot spots policing: systematic review' },
          citation:
            'Braga, A. A., Turchan, B., Papachristos, A. V. y Hureau, D. M. (2019). Hot spots policing of small geographic areas effects on crime. Campbell Systematic Reviews, 15(3), e1046.',
        },
        {
          kind: 'resource',
          title: { es: 'Guías del Center for Problem-Oriented Policing', en: 'Center for Problem-Oriented Policing guides' },
          url: 'https://popcenter.asu.edu',
          resourceType: 'website',
        },
      ],
      activities: [
        {
          kind: 'submission',
          title: { es: 'Plan de intervención territorial', en: 'Territorial intervention plan' },
          prompt: `A partir de su análisis de puntos calientes del módulo anterior, elabore un **plan de intervención** de hasta tres páginas para uno de los lugares priorizados:

1. Descripción del lugar y del problema con el triángulo del problema (agresor, víctima u objetivo, lugar).
2. Al menos **tres medidas** que combinen prevención situacional, presencia institucional e intervención social, indicando la institución responsable.
3. Estrategia de participación comunitaria con enfoque de género.
4. Medidas de protección de la privacidad y de prevención de la estigmatización.
5. Diseño de evaluación con áreas de control y zona de captación para medir el desplazamiento.`,
          dueDaysAfterStart: 140,
          completion: { kind: 'accepted_submission' },
          rubric: [
            { criterion: 'Análisis del problema coherente con los datos', maxScore: 3 },
            { criterion: 'Medidas combinadas, pertinentes y con responsables', maxScore: 3 },
            { criterion: 'Participación, enfoque de género y ética', maxScore: 2 },
            { criterion: 'Diseño de evaluación con medición del desplazamiento', maxScore: 2 },
          ],
        },
        {
          kind: 'forum',
          title: { es: 'Desplazamiento, estigma y mapas públicos', en: 'Displacement, stigma and public maps' },
          prompt: `Algunas instituciones de la región publican mapas del delito en línea; otras los reservan para uso interno.

- ¿Qué se publica en su país y con qué nivel de detalle?
- ¿Ha observado que la intervención en un lugar desplace el delito o estigmatice a sus habitantes?
- ¿Qué reglas propondría para publicar mapas sin dañar a las comunidades ni a las víctimas?

**Responda a dos colegas de otros países** y busquen juntos un criterio común de publicación.`,
          dueDaysAfterStart: 128,
          completion: { kind: 'forum_posts', replies: 2 },
        },
      ],
    },
  ],
};

export const ACADEMY_COURSES: DemoCourse[] = [
  seguridadCiudadana,
  evaluacionImpacto,
  ciberseguridad,
  gestionInformacionGenero,
  analisisInformacion,
  analisisTerritorial,
];
