import type { DemoRandom } from './demo-random';

/** Opening lines of live-session discussions, in the voice of the academy's participants. */
const OPENERS = [
  '¿Cómo están midiendo en su país la confianza en la policía? En Honduras usamos la encuesta de percepción, pero la muestra municipal es pequeña.',
  'Comparto la experiencia de nuestra mesa municipal de convivencia: la clave fue que la alcaldía presidiera las reuniones.',
  'Una duda sobre la lección de hoy: ¿la tasa por 100 000 habitantes sirve para municipios de menos de 5 000 personas?',
  'En Guatemala el registro de denuncias y el de la fiscalía no coinciden. ¿Alguien ha hecho una tabla de conciliación?',
  'Nos pidieron desagregar por sexo y edad, pero el formulario de denuncia no tiene el campo de edad. ¿Cómo lo resolvieron?',
  '¿Qué opinan de los programas de policía orientada a problemas? En Costa Rica hay resultados prometedores en algunos cantones.',
  'Les dejo la pregunta del módulo: ¿qué política de su país se podría evaluar con un diseño de discontinuidad?',
  'En República Dominicana estamos revisando el protocolo de atención a víctimas de violencia de género. Me interesa saber cómo lo manejan ustedes.',
  'Para el mapa de puntos calientes, ¿usan la densidad de Kernel o conteos por cuadrante?',
  'El ataque de ransomware a instituciones públicas nos obligó a revisar los respaldos. ¿Tienen un plan de respuesta a incidentes escrito?',
  '¿Alguien ha trabajado con datos de 911 para analizar violencia intrafamiliar? Los tiempos de respuesta dicen mucho.',
  'En El Salvador el reto es pasar de la reducción de homicidios a la prevención sostenible. ¿Qué indicadores proponen?',
  'La lectura de esta semana sobre justicia procedimental me pareció muy útil para la formación de mandos medios.',
  '¿Cómo protegen la identidad de las víctimas cuando publican datos por municipio? Nosotros suprimimos las celdas menores de cinco.',
  'Propongo que en la sesión del jueves comparemos los sistemas de información de los cinco países.',
];

const REPLIES = [
  'Muy buena pregunta. En nuestro caso lo resolvimos con un acuerdo entre instituciones.',
  'Coincido. Además, conviene documentar la metodología para que otros la repliquen.',
  'En Costa Rica pasó algo parecido; les puedo compartir el instrumento que usamos.',
  'Gracias por compartir. ¿Tienen los resultados por sexo?',
  'Nosotros lo intentamos, pero faltó continuidad cuando cambió la administración.',
  'Eso lo vimos en el módulo 2: sin grupo de comparación no se puede atribuir el efecto.',
  'Interesante. ¿Cuánto tiempo tomó la implementación?',
  'Desde la sociedad civil vemos lo mismo: los datos existen, pero no se comparten.',
  'Me sumo a la propuesta. Podemos preparar una tabla comparativa para la próxima sesión.',
  'En Honduras la fiscalía publica datos mensuales; la calidad ha mejorado mucho.',
  'Ojo con los números pequeños: un solo caso cambia mucho la tasa.',
  'Excelente aporte, lo voy a proponer en mi equipo.',
];

export const DEMO_REACTIONS = ['👍', '💡', '👏', '❤️'];

export interface DemoLine {
  body: string;
  /** Index of the opener this line answers in a thread, when it is a thread reply. */
  replyTo?: number;
}

/** A session's worth of lines: openers with replies, some of them in threads. */
export function conversation(random: DemoRandom, length: number): DemoLine[] {
  const lines: DemoLine[] = [];
  while (lines.length < length) {
    const opener = lines.length;
    lines.push({ body: random.pick(OPENERS) });
    const replies = random.int(1, 4);
    for (let i = 0; i < replies && lines.length < length; i++) {
      lines.push({ body: random.pick(REPLIES), replyTo: random.next() < 0.3 ? opener : undefined });
    }
  }
  return lines;
}

/** Forum threads of the academy: titles and opening posts. */
export const FORUM_TOPICS: { title: string; body: string; kind: 'discussion' | 'question' }[] = [
  {
    title: '¿Cómo medir la confianza en las instituciones de seguridad?',
    body: 'Compartamos los instrumentos que usamos en cada país y sus límites.',
    kind: 'discussion',
  },
  {
    title: 'Registro de denuncias: ¿qué variables mínimas usan?',
    body: 'Estamos revisando el formulario de denuncia. ¿Qué campos consideran indispensables para analizar la violencia con enfoque de género?',
    kind: 'question',
  },
  {
    title: 'Experiencias de prevención comunitaria que funcionaron',
    body: 'Describa un programa local, qué resultados tuvo y cómo se midieron.',
    kind: 'discussion',
  },
  {
    title: 'Protección de datos personales en informes públicos',
    body: '¿Qué reglas aplican para no identificar a víctimas en tablas por municipio?',
    kind: 'question',
  },
  {
    title: 'Mapas de calor: densidad de Kernel o cuadrantes',
    body: '¿Qué método usan para identificar puntos calientes y cómo validan los resultados?',
    kind: 'question',
  },
  {
    title: 'Cooperación regional frente al cibercrimen',
    body: 'La Convención de Budapest y la cooperación entre fiscalías: ¿qué ha funcionado en su país?',
    kind: 'discussion',
  },
];
